package se.larcentra.bench.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import se.larcentra.catalog.entity.ApplicationWindow;
import se.larcentra.catalog.entity.Course;
import se.larcentra.catalog.entity.CourseCode;
import se.larcentra.catalog.entity.CourseText;
import se.larcentra.catalog.entity.CreditSystem;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.catalog.entity.Pace;
import se.larcentra.catalog.entity.Provider;
import se.larcentra.catalog.entity.ProviderType;
import se.larcentra.catalog.entity.StudyLevel;
import se.larcentra.catalog.entity.StudyMode;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.demo.control.DemoCatalogGenerator;
import se.larcentra.demo.control.OfferingTraits;
import se.larcentra.platform.entity.ExternalRef;

/**
 * Generates benchmark courses with their offerings, one course at a time. Course number {@code n}
 * is always the same course (its own seeded random), so a catalogue grown to 10 000 and then to
 * 100 000 offerings is the same as one grown to 100 000 at once, and two runs measure the same data.
 *
 * <p>The vocabulary is the demo's topics (subject, Swedish and English title) with variants of the
 * title per provider type, and descriptions assembled from sentences about the subject, the study
 * form, places in Värmland and working life, so that words repeat as in a real catalogue without
 * every description being the same. About one course in eight outside the universities is described
 * in Swedish only. Dates, pace, mode, application windows and hosting centres follow the demo's rules.
 */
public final class BenchCatalogGenerator {

    public static final String SOURCE = "bench";
    private static final long SEED = 4_207_117_881L;
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    /** A course topic of the demo: provider kind, level, subject key, titles. */
    record Topic(ProviderType kind, StudyLevel level, String subject, String titleSv, String titleEn) {
    }

    /** A course and its offerings, not yet persisted. */
    public record Generated(Course course, List<Offering> offerings) {
    }

    /** Title variants per provider type: Swedish and English formats of the topic's title. */
    private static final Map<ProviderType, String[][]> TITLE_VARIANTS = new EnumMap<>(Map.of(
            ProviderType.UNIVERSITY, new String[][] {
                    {"%s I", "%s I"}, {"%s II", "%s II"}, {"%s, grundkurs", "%s, Introductory Course"},
                    {"%s, fortsättningskurs", "%s, Intermediate Course"}, {"%s för yrkesverksamma", "%s for Professionals"},
                    {"%s – teori och praktik", "%s – Theory and Practice"}, {"%s, 7,5 hp", "%s, 7.5 Credits"},
                    {"%s på distans", "%s Online"}, {"%s, självständigt arbete", "%s, Independent Project"},
                    {"%s, fördjupningskurs", "%s, Advanced Course"}},
            ProviderType.KOMVUX, new String[][] {
                    {"%s", "%s"}, {"%s", "%s"}, {"%s, kvällskurs", "%s, Evening Course"}, {"%s på distans", "%s, Distance"},
                    {"%s, intensivkurs", "%s, Intensive Course"}, {"%s med språkstöd", "%s with Language Support"},
                    {"%s i egen takt", "%s at Your Own Pace"}},
            ProviderType.YH, new String[][] {
                    {"%s", "%s"}, {"%s, fördjupning", "%s, Advanced"}, {"%s för yrkesverksamma", "%s for Professionals"},
                    {"%s, uppdragsutbildning", "%s, Contract Training"}, {"%s på deltid", "%s, Part Time"}},
            ProviderType.FOLK_HIGH_SCHOOL, new String[][] {
                    {"%s", "%s"}, {"%s, sommarkurs", "%s, Summer Course"}, {"%s, helgkurs", "%s, Weekend Course"},
                    {"%s, distans", "%s, Distance"}, {"%s för seniorer", "%s for Seniors"}},
            ProviderType.LEARNING_CENTRE, new String[][] {
                    {"%s", "%s"}, {"%s, kvällskurs", "%s, Evening Course"}, {"%s för seniorer", "%s for Seniors"},
                    {"%s för nybörjare", "%s for Beginners"}},
            ProviderType.OTHER, new String[][] {
                    {"%s", "%s"}, {"%s, studiecirkel", "%s, Study Circle"}, {"%s för nybörjare", "%s for Beginners"},
                    {"%s, kvällskurs", "%s, Evening Course"}}));

    /** What a course of the subject is about: Swedish and English. */
    private static final Map<String, String[][]> SUBJECT_FOCUS = Map.ofEntries(
            Map.entry("mathematics", new String[][] {{"problemlösning och matematiska modeller", "problem solving and mathematical models"},
                    {"algebra, geometri och statistik", "algebra, geometry and statistics"}}),
            Map.entry("computing", new String[][] {{"programmering, algoritmer och datastrukturer", "programming, algorithms and data structures"},
                    {"nätverk, molntjänster och informationssäkerhet", "networks, cloud services and information security"}}),
            Map.entry("health", new String[][] {{"omvårdnad, etik och bemötande", "nursing, ethics and how to treat patients"},
                    {"hälsa, kost och rörelse", "health, nutrition and exercise"}}),
            Map.entry("economics", new String[][] {{"budget, redovisning och ekonomistyrning", "budgeting, accounting and financial control"},
                    {"marknadsföring, försäljning och företagande", "marketing, sales and enterprise"}}),
            Map.entry("social-sciences", new String[][] {{"samhällets organisation och demokrati", "the organisation of society and democracy"},
                    {"människors beteende och relationer", "human behaviour and relationships"}}),
            Map.entry("education", new String[][] {{"lärande, didaktik och ledarskap i klassrummet", "learning, didactics and classroom leadership"}}),
            Map.entry("languages", new String[][] {{"muntlig och skriftlig kommunikation", "spoken and written communication"},
                    {"grammatik, ordförråd och uttal", "grammar, vocabulary and pronunciation"}}),
            Map.entry("swedish", new String[][] {{"läsförståelse, skrivande och samtal på svenska", "reading comprehension, writing and conversation in Swedish"}}),
            Map.entry("history", new String[][] {{"källkritik och historiska perspektiv", "source criticism and historical perspectives"}}),
            Map.entry("environment", new String[][] {{"klimat, ekosystem och hållbar utveckling", "climate, ecosystems and sustainable development"}}),
            Map.entry("management", new String[][] {{"ledarskap, projektmetodik och förändringsarbete", "leadership, project methods and change management"}}),
            Map.entry("law", new String[][] {{"lagar, avtal och rättigheter i arbetslivet", "laws, contracts and rights at work"}}),
            Map.entry("technology", new String[][] {{"teknik, energi och automation", "engineering, energy and automation"}}),
            Map.entry("logistics", new String[][] {{"inköp, lager och transporter", "purchasing, warehousing and transport"}}),
            Map.entry("crafts", new String[][] {{"material, tekniker och formgivning", "materials, techniques and design"}}),
            Map.entry("music", new String[][] {{"sång, spel och musikteori", "singing, playing and music theory"}}),
            Map.entry("arts", new String[][] {{"bild, berättande och kreativt skapande", "images, storytelling and creative work"}}),
            Map.entry("outdoor", new String[][] {{"friluftsliv, natur och säkerhet i skog och fjäll", "outdoor life, nature and safety in forests and mountains"}}),
            Map.entry("natural-sciences", new String[][] {{"naturvetenskapliga experiment och begrepp", "scientific experiments and concepts"}}),
            Map.entry("study-skills", new String[][] {{"studieteknik, planering och digitala verktyg", "study skills, planning and digital tools"}}),
            Map.entry("other", new String[][] {{"personlig utveckling och samarbete i grupp", "personal development and working in groups"}}));

    private static final String[][] SECTORS = {
            {"vården", "health care"}, {"skolan", "schools"}, {"industrin", "industry"}, {"handeln", "retail"},
            {"skogsbruket", "forestry"}, {"besöksnäringen", "tourism"}, {"kommunen", "local government"},
            {"äldreomsorgen", "care of the elderly"}, {"byggbranschen", "construction"}, {"kulturlivet", "cultural life"}};

    /** Sentences about study form and circumstances; {0} a municipality, {1} a sector. */
    private static final String[][] EXTRA_SENTENCES = {
            {"Du arbetar med verkliga exempel från Värmland och resten av Sverige.",
                    "You work with real examples from Värmland and the rest of Sweden."},
            {"Kursen avslutas med ett självständigt arbete som du redovisar vid ett seminarium.",
                    "The course ends with an independent project that you present at a seminar."},
            {"Seminarierna hålls kvällstid för att passa dig som arbetar eller har familj.",
                    "Seminars are held in the evenings to suit those who work or have a family."},
            {"Kurslitteraturen finns som e-böcker, så du behöver inte resa till ett bibliotek.",
                    "Course literature is available as e-books, so there is no need to travel to a library."},
            {"Du får återkoppling från lärare och studiekamrater varje vecka.",
                    "You get feedback from teachers and fellow students every week."},
            {"Studiehandledning på modersmål kan ordnas via ditt lärcentrum.",
                    "Study guidance in your mother tongue can be arranged through your learning centre."},
            {"Träffarna hålls på lärcentrum i {0}, och tentamen kan skrivas där.",
                    "Meetings are held at the learning centre in {0}, where the exam can also be written."},
            {"Kursen passar dig som arbetar inom {1} och vill utvecklas i ditt yrke.",
                    "The course suits those who work in {1} and want to develop in their profession."},
            {"Praktiska uppgifter görs tillsammans med arbetsplatser i {0} med omnejd.",
                    "Practical assignments are done with workplaces in and around {0}."},
            {"Examinationen sker genom inlämningsuppgifter och en muntlig redovisning.",
                    "Assessment is by written assignments and an oral presentation."},
            {"Du behöver en dator med kamera och mikrofon samt tillgång till internet.",
                    "You need a computer with a camera and microphone and access to the internet."},
            {"Undervisningen sker i små grupper med stort utrymme för diskussion.",
                    "Teaching takes place in small groups with plenty of room for discussion."},
            {"Kursen kan kombineras med arbete eller andra studier på deltid.",
                    "The course can be combined with work or other part-time studies."},
            {"Efter kursen kan du gå vidare till högre studier eller arbete inom {1}.",
                    "After the course you can go on to higher education or work in {1}."},
            {"Studiebesök görs hos företag och organisationer i {0}.",
                    "Study visits are made to companies and organisations in {0}."},
            {"Lärarna har lång erfarenhet av vuxenutbildning och distansstudier.",
                    "The teachers have long experience of adult education and distance learning."}};

    private static final String[][] INTRO_UNIVERSITY = {
            {"Kursen ger en {2} orientering i {3} på högskolenivå.", "The course gives an {2} overview of {4} at university level."},
            {"I kursen studerar du {3} ur både teoretiska och praktiska perspektiv.", "In the course you study {4} from both theoretical and practical perspectives."}};

    private final Map<ProviderType, List<Provider>> providers;
    private final Map<Long, String> homes;
    private final List<LearningCentre> centres;
    private final List<String> municipalityNames;
    private final LocalDate anchor;
    private final Map<ProviderType, List<Topic>> topics;

    /**
     * @param providers providers by type; every type must have one
     * @param homes     the municipality code a provider's campus courses are given in, by provider id
     * @param centres   the learning centres offerings may be hosted at, in a stable order
     * @param anchor    the day dates are relative to
     */
    public BenchCatalogGenerator(Map<ProviderType, List<Provider>> providers, Map<Long, String> homes,
            List<LearningCentre> centres, LocalDate anchor) {
        this.providers = Map.copyOf(providers);
        this.homes = Map.copyOf(homes);
        this.centres = centres.stream().sorted(Comparator.comparing(LearningCentre::getId)).toList();
        this.municipalityNames = this.centres.stream().map(c -> c.getMunicipality().getName()).distinct().sorted().toList();
        this.anchor = Objects.requireNonNull(anchor, "anchor");
        this.topics = topicsByKind();
        for (ProviderType type : ProviderType.values()) {
            if (this.providers.getOrDefault(type, List.of()).isEmpty()) {
                throw new IllegalArgumentException("no provider of type " + type);
            }
        }
    }

    /** Course number {@code number} with at most {@code maxOfferings} (at least one) of its offerings. */
    public Generated course(long number, int maxOfferings) {
        // SplittableRandom mixes its seed: java.util.Random's first numbers from neighbouring seeds are
        // nearly the same, which made every fourth course of one subject.
        RandomGenerator random = new SplittableRandom(SEED * 1_000_003L + number);
        ProviderType type = providerType(random);
        List<Topic> ofKind = topics.get(type);
        Topic topic = ofKind.get(random.nextInt(ofKind.size()));
        List<Provider> candidates = providers.get(type);
        Provider provider = candidates.get(random.nextInt(candidates.size()));
        Course course = course(random, number, type, topic, provider);
        int runs = 1 + random.nextInt(5);
        List<Offering> offerings = new ArrayList<>();
        int offset = -240 + random.nextInt(300);
        for (int run = 0; run < Math.min(runs, Math.max(1, maxOfferings)); run++) {
            LocalDate start = anchor.plusDays(offset).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            offerings.add(offering(random, course, type, provider, start, number + "-" + run));
            offset += 90 + random.nextInt(110);
        }
        return new Generated(course, offerings);
    }

    /** Roughly the mix of the Swedish catalogues: Komvux and universities give most offerings. */
    private static ProviderType providerType(RandomGenerator random) {
        int roll = random.nextInt(100);
        return roll < 32 ? ProviderType.KOMVUX : roll < 57 ? ProviderType.UNIVERSITY : roll < 69 ? ProviderType.FOLK_HIGH_SCHOOL
                : roll < 80 ? ProviderType.YH : roll < 91 ? ProviderType.LEARNING_CENTRE : ProviderType.OTHER;
    }

    private Course course(RandomGenerator random, long number, ProviderType type, Topic topic, Provider provider) {
        String[][] variants = TITLE_VARIANTS.get(type);
        String[] variant = variants[random.nextInt(variants.length)];
        String titleSv = variant[0].formatted(topic.titleSv());
        String titleEn = variant[1].formatted(topic.titleEn());
        String municipality = municipalityNames.get(random.nextInt(municipalityNames.size()));
        String[] sector = SECTORS[random.nextInt(SECTORS.length)];
        String[][] focusOptions = SUBJECT_FOCUS.getOrDefault(topic.subject(), SUBJECT_FOCUS.get("other"));
        String[] focus = focusOptions[random.nextInt(focusOptions.length)];
        boolean advanced = titleSv.contains("II") || titleSv.contains("fortsättning") || titleSv.contains("fördjup");

        StringBuilder sv = new StringBuilder();
        StringBuilder en = new StringBuilder();
        String[] intro = intro(random, type, topic, advanced);
        sv.append(intro[0]);
        en.append(intro[1]);
        sentence(sv, en, "Du lär dig om " + focus[0] + ", och hur kunskaperna används inom " + sector[0] + ".",
                "You learn about " + focus[1] + ", and how the knowledge is used in " + sector[1] + ".");
        int extras = 1 + random.nextInt(4);
        List<Integer> pool = new ArrayList<>();
        for (int i = 0; i < EXTRA_SENTENCES.length; i++) {
            pool.add(i);
        }
        for (int i = 0; i < extras; i++) {
            String[] extra = EXTRA_SENTENCES[pool.remove(random.nextInt(pool.size()))];
            sentence(sv, en, fill(extra[0], municipality, sector[0]), fill(extra[1], municipality, sector[1]));
        }
        sentence(sv, en, "Anordnas av " + provider.getName() + ".", "Offered by " + provider.getName() + ".");

        boolean swedishOnly = type != ProviderType.UNIVERSITY && random.nextInt(8) == 0;
        Map<String, CourseText> texts = swedishOnly
                ? Map.of("sv", new CourseText(titleSv, sv.toString()))
                : Map.of("sv", new CourseText(titleSv, sv.toString()), "en", new CourseText(titleEn, en.toString()));
        Course course = new Course(provider, new CourseCode(codeFor(type, topic, number)), texts, topic.subject(), topic.level());
        switch (type) {
            case UNIVERSITY -> course.award(new BigDecimal(pick(random, "7.5", "7.5", "15", "15", "30")), CreditSystem.HP);
            case KOMVUX -> course.award(new BigDecimal(pick(random, "50", "100", "100", "150")),
                    topic.level() == StudyLevel.KOMVUX_BASIC ? CreditSystem.NONE : CreditSystem.GY);
            case YH -> course.award(new BigDecimal(pick(random, "20", "25", "30", "40")), CreditSystem.YH);
            default -> course.award(null, CreditSystem.NONE);
        }
        course.identifyAs(new ExternalRef(SOURCE, "course-" + number));
        return course;
    }

    private static String[] intro(RandomGenerator random, ProviderType type, Topic topic, boolean advanced) {
        String lowerSv = topic.titleSv().toLowerCase(SWEDISH);
        return switch (type) {
            case UNIVERSITY -> {
                String[] template = INTRO_UNIVERSITY[random.nextInt(INTRO_UNIVERSITY.length)];
                yield new String[] {
                        template[0].replace("{2}", advanced ? "fördjupad" : "grundläggande").replace("{3}", lowerSv)
                                + " Undervisningen sker på distans via lärplattform och digitala seminarier.",
                        template[1].replace("{2}", advanced ? "advanced" : "introductory").replace("{4}", topic.titleEn())
                                + " Teaching is online through a learning platform and digital seminars."};
            }
            case KOMVUX -> new String[] {
                    "Kursen " + topic.titleSv() + " inom kommunal vuxenutbildning ger dig betyg som kan ge behörighet till vidare studier.",
                    "The municipal adult education course " + topic.titleEn() + " gives you a grade that can qualify you for further studies."};
            case YH -> new String[] {
                    "En yrkesinriktad kurs i " + lowerSv + " som tagits fram tillsammans med arbetsgivare i regionen.",
                    "A vocational course in " + topic.titleEn() + ", developed together with employers in the region."};
            case FOLK_HIGH_SCHOOL -> new String[] {
                    "Folkhögskolekurs i " + lowerSv + " för dig som vill lära i grupp, i din egen takt och utan betygshets.",
                    "A folk high school course in " + topic.titleEn() + " for those who want to learn in a group, at their own pace."};
            default -> new String[] {
                    "En kortare kurs i " + lowerSv + " för vuxna, med träffar på lärcentrum och stöd på nätet.",
                    "A short course in " + topic.titleEn() + " for adults, with meetings at the learning centre and support online."};
        };
    }

    private static void sentence(StringBuilder sv, StringBuilder en, String swedish, String english) {
        sv.append(' ').append(swedish);
        en.append(' ').append(english);
    }

    private static String fill(String template, String municipality, String sector) {
        return template.replace("{0}", municipality).replace("{1}", sector);
    }

    private static String codeFor(ProviderType type, Topic topic, long number) {
        String letters = ascii(topic.titleSv()).replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        String prefix = (letters + "XXXX").substring(0, 4);
        return switch (type) {
            case UNIVERSITY -> "B" + prefix + number + "G";
            case KOMVUX -> "B" + prefix + "V" + number;
            default -> "B" + prefix + number;
        };
    }

    private Offering offering(RandomGenerator random, Course course, ProviderType type, Provider provider, LocalDate start, String key) {
        int weeks = switch (type) {
            case UNIVERSITY -> pick(random, 10, 10, 20, 20, 10);
            case KOMVUX -> pick(random, 10, 15, 20);
            case YH -> pick(random, 8, 12, 16, 20);
            case FOLK_HIGH_SCHOOL -> pick(random, 15, 17, 34);
            default -> pick(random, 2, 4, 6);
        };
        LocalDate end = start.plusWeeks(weeks).minusDays(3);
        Pace pace = switch (type) {
            case UNIVERSITY -> Pace.percent(pick(random, 25, 50, 50, 100));
            case KOMVUX -> random.nextInt(10) < 3 ? Pace.individual() : Pace.percent(pick(random, 50, 100, 100, 75));
            case YH, FOLK_HIGH_SCHOOL -> Pace.percent(pick(random, 50, 100, 100));
            default -> random.nextBoolean() ? Pace.individual() : Pace.percent(pick(random, 10, 25));
        };
        StudyMode mode = switch (type) {
            case UNIVERSITY -> mode(random, 7, 2, 1);
            case KOMVUX -> mode(random, 5, 3, 2);
            case YH -> mode(random, 4, 5, 1);
            case FOLK_HIGH_SCHOOL -> mode(random, 4, 0, 6);
            default -> mode(random, 2, 2, 6);
        };
        ApplicationWindow window = switch (type) {
            case UNIVERSITY -> ApplicationWindow.between(start.minusDays(120), start.minusDays(30 + random.nextInt(20)));
            case KOMVUX -> random.nextInt(10) < 4 ? ApplicationWindow.continuous()
                    : ApplicationWindow.between(start.minusDays(60), start.minusDays(7));
            case FOLK_HIGH_SCHOOL -> ApplicationWindow.between(start.minusDays(150), start.minusDays(20));
            case YH -> ApplicationWindow.between(start.minusDays(90), start.minusDays(21));
            default -> ApplicationWindow.continuous();
        };
        Offering offering = new Offering(course, start, end, pace, mode, window);
        OfferingTraits.sessions(offering, mode, random);
        offering.hostAt(hostingCentres(random, mode, homes.get(provider.getId())));
        OfferingTraits.terms(offering, type, random);
        offering.identifyAs(new ExternalRef(SOURCE, "offering-" + key));
        return offering;
    }

    /** As the demo: distance at several centres (often all), blended in the home's group, campus at home. */
    private List<LearningCentre> hostingCentres(RandomGenerator random, StudyMode mode, String home) {
        List<LearningCentre> local = home == null ? List.of()
                : centres.stream().filter(c -> c.getMunicipality().getCode().equals(home)).toList();
        return switch (mode) {
            case DISTANCE -> random.nextInt(4) == 0 ? centres : sample(random, 3 + random.nextInt(6));
            case BLENDED -> {
                String group = local.isEmpty() ? null : local.get(0).getMunicipality().getRegionGroup();
                List<LearningCentre> inGroup = group == null ? List.of()
                        : centres.stream().filter(c -> group.equals(c.getMunicipality().getRegionGroup())).toList();
                yield !inGroup.isEmpty() ? inGroup : !local.isEmpty() ? local : sample(random, 4);
            }
            case CAMPUS -> local.isEmpty() ? sample(random, 1) : local;
        };
    }

    private List<LearningCentre> sample(RandomGenerator random, int count) {
        List<LearningCentre> pool = new ArrayList<>(centres);
        List<LearningCentre> chosen = new ArrayList<>();
        for (int i = 0; i < Math.min(count, centres.size()); i++) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    private static int pick(RandomGenerator random, int... values) {
        return values[random.nextInt(values.length)];
    }

    private static String pick(RandomGenerator random, String... values) {
        return values[random.nextInt(values.length)];
    }

    private static StudyMode mode(RandomGenerator random, int distance, int blended, int campus) {
        int roll = random.nextInt(distance + blended + campus);
        return roll < distance ? StudyMode.DISTANCE : roll < distance + blended ? StudyMode.BLENDED : StudyMode.CAMPUS;
    }

    /** The demo's topics (topics.tsv beside the demo generator), by the provider type teaching them. */
    private static Map<ProviderType, List<Topic>> topicsByKind() {
        Map<ProviderType, List<Topic>> byKind = new EnumMap<>(ProviderType.class);
        try (InputStream in = DemoCatalogGenerator.class.getResourceAsStream("topics.tsv")) {
            if (in == null) {
                throw new IllegalStateException("topics.tsv is missing from the demo package");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .forEach(f -> {
                        StudyLevel level = switch (f[0]) {
                            case "UNIVERSITY" -> StudyLevel.UNIVERSITY;
                            case "KOMVUX_BASIC" -> StudyLevel.KOMVUX_BASIC;
                            case "KOMVUX_UPPER_SECONDARY" -> StudyLevel.KOMVUX_UPPER_SECONDARY;
                            case "YH" -> StudyLevel.YH;
                            case "FOLK_HIGH_SCHOOL" -> StudyLevel.FOLK_HIGH_SCHOOL;
                            default -> StudyLevel.OTHER;
                        };
                        ProviderType type = f[0].startsWith("KOMVUX") ? ProviderType.KOMVUX : ProviderType.valueOf(f[0]);
                        byKind.computeIfAbsent(type, t -> new ArrayList<>()).add(new Topic(type, level, f[1], f[2], f[3]));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byKind;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
