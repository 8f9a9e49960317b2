package se.larcentra.demo.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
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
import se.larcentra.centre.entity.Address;
import se.larcentra.centre.entity.Equipment;
import se.larcentra.centre.entity.GeoPoint;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Municipality;
import se.larcentra.centre.entity.OpeningHours;
import se.larcentra.centre.entity.Room;
import se.larcentra.centre.entity.RoomType;
import se.larcentra.platform.entity.ExternalRef;

/**
 * Generates the demo catalogue. The same anchor day always gives the same data (a fixed random
 * seed, fixed iteration order); dates are relative to the anchor, so whenever the demo is first
 * loaded some offerings are open for application, some start in the coming months, some run now.
 */
public class DemoCatalogGenerator {

    public static final String SOURCE = "demo";
    private static final long SEED = 20_261_126L;

    /** Everything the demo adds, in the order it must be persisted. */
    public record DemoCatalog(List<LearningCentre> centres, List<Room> rooms, List<Provider> providers,
            List<Course> courses, List<Offering> offerings) {
    }

    private record ProviderSpec(String key, String name, ProviderType type, String homeMunicipality, String website) {
    }

    private record Topic(ProviderType kind, StudyLevel level, String subject, String titleSv, String titleEn) {
    }

    private static final List<ProviderSpec> PROVIDERS = List.of(
            new ProviderSpec("kau", "Karlstads universitet", ProviderType.UNIVERSITY, "1780", "https://www.kau.se"),
            new ProviderSpec("umu", "Umeå universitet", ProviderType.UNIVERSITY, null, "https://www.umu.se"),
            new ProviderSpec("miun", "Mittuniversitetet", ProviderType.UNIVERSITY, null, "https://www.miun.se"),
            new ProviderSpec("du", "Högskolan Dalarna", ProviderType.UNIVERSITY, null, "https://www.du.se"),
            new ProviderSpec("lnu", "Linnéuniversitetet", ProviderType.UNIVERSITY, null, "https://lnu.se"),
            new ProviderSpec("hv", "Högskolan Väst", ProviderType.UNIVERSITY, null, "https://www.hv.se"),
            new ProviderSpec("komvux-karlstad", "Komvux Karlstad", ProviderType.KOMVUX, "1780", null),
            new ProviderSpec("komvux-norra", "Komvux Norra Värmland", ProviderType.KOMVUX, "1737", null),
            new ProviderSpec("vux-arvika", "Vuxenutbildningen Arvika", ProviderType.KOMVUX, "1784", null),
            new ProviderSpec("klaralvdalens-fhsk", "Klarälvdalens folkhögskola", ProviderType.FOLK_HIGH_SCHOOL, "1737", null),
            new ProviderSpec("ingesunds-fhsk", "Ingesunds folkhögskola", ProviderType.FOLK_HIGH_SCHOOL, "1784", null),
            new ProviderSpec("yh-varmland", "Yrkeshögskolan Värmland", ProviderType.YH, "1780", null),
            new ProviderSpec("yh-bergslagen", "YH Bergslagen", ProviderType.YH, "1883", null),
            new ProviderSpec("larcentrum-hagfors", "Lärcentrum Hagfors", ProviderType.LEARNING_CENTRE, "1783", null),
            new ProviderSpec("larcentra-varmland", "Lärcentra i Värmland", ProviderType.LEARNING_CENTRE, null, null),
            new ProviderSpec("sv-varmland", "Studieförbundet Vuxenskolan Värmland", ProviderType.OTHER, "1780", null));

    private static final String[][] UNIVERSITY_VARIANTS = {
            {"%s I", "%s I", "grundläggande", "introductory"},
            {"%s II", "%s II", "fördjupad", "advanced"},
            {"%s, grundkurs", "%s, Introductory Course", "grundläggande", "introductory"},
            {"%s, fortsättningskurs", "%s, Intermediate Course", "fortsatt", "intermediate"}};

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
                    "Study guidance in your mother tongue can be arranged through your learning centre."}};

    private final Map<String, Municipality> municipalities;
    private final LocalDate anchor;
    private final Random random = new Random(SEED);

    /**
     * @param municipalities the reference data by SCB code (all 18 must be there)
     * @param anchor         the day the demo is first loaded; all dates are relative to it
     */
    public DemoCatalogGenerator(Map<String, Municipality> municipalities, LocalDate anchor) {
        this.municipalities = Map.copyOf(municipalities);
        this.anchor = Objects.requireNonNull(anchor, "anchor");
    }

    public DemoCatalog generate() {
        List<Room> rooms = new ArrayList<>();
        List<LearningCentre> centres = centres(rooms);
        Map<String, Provider> providers = providers();
        List<Course> courses = new ArrayList<>();
        List<Offering> offerings = new ArrayList<>();
        Map<Course, ProviderSpec> courseProviders = new LinkedHashMap<>();
        for (Topic topic : topics()) {
            for (ProviderSpec spec : providersTeaching(topic)) {
                for (Course course : coursesOf(topic, providers.get(spec.key()), courses.size())) {
                    courses.add(course);
                    courseProviders.put(course, spec);
                }
            }
        }
        courseProviders.forEach((course, spec) -> offerings.addAll(offeringsOf(course, spec, centres, offerings.size())));
        return new DemoCatalog(centres, rooms, List.copyOf(providers.values()), courses, offerings);
    }

    // ---- centres and rooms -------------------------------------------------------------------------

    private List<LearningCentre> centres(List<Room> rooms) {
        List<LearningCentre> centres = new ArrayList<>();
        for (DemoCentres.Spec spec : DemoCentres.ALL) {
            Municipality municipality = Objects.requireNonNull(municipalities.get(spec.municipalityCode()),
                    () -> "missing municipality " + spec.municipalityCode());
            GeoPoint position = spec.offsetFromMainTown()
                    ? new GeoPoint(municipality.getMainTownLocation().latitude() + spec.latitude(),
                            municipality.getMainTownLocation().longitude() + spec.longitude())
                    : new GeoPoint(spec.latitude(), spec.longitude());
            Map<String, String> names = new HashMap<>();
            names.put("sv", spec.nameSv());
            if (spec.nameEn() != null) {
                names.put("en", spec.nameEn());
            }
            LearningCentre centre = new LearningCentre(municipality, names,
                    new Address(spec.street(), spec.postalCode(), spec.town()), position);
            centre.setContact("larcentrum." + ascii(spec.key()) + "@example.se",
                    "0" + (500 + random.nextInt(90)) + "-" + (10_000 + random.nextInt(89_999)));
            centre.setOpeningHours(openingHours(spec.large()));
            centre.identifyAs(new ExternalRef(SOURCE, "centre-" + spec.key()));
            rooms.addAll(rooms(centre, spec.large()));
            centres.add(centre);
        }
        return centres;
    }

    private List<OpeningHours> openingHours(boolean large) {
        List<OpeningHours> hours = new ArrayList<>();
        LocalTime closing = large ? LocalTime.of(20, 0) : LocalTime.of(16, 30);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            hours.add(new OpeningHours(day, LocalTime.of(8, 0), closing));
        }
        hours.add(new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(15, 0)));
        if (large) {
            hours.add(new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)));
        }
        return hours;
    }

    /** 2 to 6 rooms; every centre has an exam room, since writing exams locally is its main use. */
    private List<Room> rooms(LearningCentre centre, boolean large) {
        int count = large ? 5 + random.nextInt(2) : 2 + random.nextInt(4);
        List<Room> rooms = new ArrayList<>();
        rooms.add(centre.addRoom(Map.of("sv", "Tentamenssalen", "en", "Exam room"), RoomType.EXAM_ROOM,
                8 + random.nextInt(13), EnumSet.of(Equipment.WHEELCHAIR_ACCESS, Equipment.HEARING_LOOP)));
        int studyRoom = 1;
        List<RoomType> others = List.of(RoomType.STUDY_ROOM, RoomType.GROUP_ROOM, RoomType.VIDEO_CONFERENCE_ROOM,
                RoomType.STUDY_ROOM, RoomType.COMPUTER_ROOM);
        for (int i = 1; i < count; i++) {
            RoomType type = others.get((i - 1) % others.size());
            rooms.add(switch (type) {
                case STUDY_ROOM -> centre.addRoom(Map.of("sv", "Studierum " + studyRoom, "en", "Study room " + studyRoom++),
                        type, 1 + random.nextInt(4), random.nextBoolean() ? EnumSet.of(Equipment.WHEELCHAIR_ACCESS)
                                : EnumSet.noneOf(Equipment.class));
                case GROUP_ROOM -> {
                    String name = DemoCentres.GROUP_ROOM_NAMES.get(random.nextInt(DemoCentres.GROUP_ROOM_NAMES.size()));
                    yield centre.addRoom(Map.of("sv", "Grupprum " + name, "en", "Group room " + name), type,
                            6 + random.nextInt(5), EnumSet.of(Equipment.VIDEO_CONFERENCING, Equipment.WHEELCHAIR_ACCESS));
                }
                case VIDEO_CONFERENCE_ROOM -> centre.addRoom(Map.of("sv", "Videorummet", "en", "Video conference room"),
                        type, 6 + random.nextInt(7), EnumSet.of(Equipment.VIDEO_CONFERENCING, Equipment.HEARING_LOOP,
                                Equipment.WHEELCHAIR_ACCESS));
                case COMPUTER_ROOM -> centre.addRoom(Map.of("sv", "Datasalen", "en", "Computer room"), type,
                        10 + random.nextInt(7), EnumSet.of(Equipment.COMPUTERS, Equipment.WHEELCHAIR_ACCESS));
                case EXAM_ROOM -> throw new IllegalStateException("one exam room per centre");
            });
        }
        return rooms;
    }

    // ---- providers and courses --------------------------------------------------------------------

    private Map<String, Provider> providers() {
        Map<String, Provider> providers = new LinkedHashMap<>();
        for (ProviderSpec spec : PROVIDERS) {
            Provider provider = new Provider(spec.name(), spec.type());
            provider.setWebsite(spec.website());
            provider.identifyAs(new ExternalRef(SOURCE, "provider-" + spec.key()));
            providers.put(spec.key(), provider);
        }
        return providers;
    }

    private static List<Topic> topics() {
        var stream = DemoCatalogGenerator.class.getResourceAsStream("topics.tsv");
        if (stream == null) {
            throw new IllegalStateException("topics.tsv is missing from the demo package");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(f -> {
                        String kind = f[0];
                        StudyLevel level = switch (kind) {
                            case "UNIVERSITY" -> StudyLevel.UNIVERSITY;
                            case "KOMVUX_BASIC" -> StudyLevel.KOMVUX_BASIC;
                            case "KOMVUX_UPPER_SECONDARY" -> StudyLevel.KOMVUX_UPPER_SECONDARY;
                            case "YH" -> StudyLevel.YH;
                            case "FOLK_HIGH_SCHOOL" -> StudyLevel.FOLK_HIGH_SCHOOL;
                            default -> StudyLevel.OTHER;
                        };
                        ProviderType type = kind.startsWith("KOMVUX") ? ProviderType.KOMVUX : ProviderType.valueOf(kind);
                        return new Topic(type, level, f[1], f[2], f[3]);
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Komvux topics are taught by every Komvux; others by one provider of the kind, in turn. */
    private List<ProviderSpec> providersTeaching(Topic topic) {
        List<ProviderSpec> ofKind = PROVIDERS.stream().filter(p -> p.type() == topic.kind()).toList();
        if (topic.kind() == ProviderType.KOMVUX) {
            return ofKind;
        }
        return List.of(ofKind.get(random.nextInt(ofKind.size())));
    }

    private List<Course> coursesOf(Topic topic, Provider provider, int sequence) {
        if (topic.kind() != ProviderType.UNIVERSITY) {
            return List.of(course(topic, provider, topic.titleSv(), topic.titleEn(), "grundläggande", "introductory", sequence));
        }
        List<Course> courses = new ArrayList<>();
        for (String[] variant : UNIVERSITY_VARIANTS) {
            courses.add(course(topic, provider, variant[0].formatted(topic.titleSv()), variant[1].formatted(topic.titleEn()),
                    variant[2], variant[3], sequence + courses.size()));
        }
        return courses;
    }

    private Course course(Topic topic, Provider provider, String titleSv, String titleEn, String depthSv, String depthEn,
            int sequence) {
        String[] extra = EXTRA_SENTENCES[random.nextInt(EXTRA_SENTENCES.length)];
        String lowerSv = topic.titleSv().toLowerCase(new java.util.Locale("sv"));
        String sv = switch (topic.kind()) {
            case UNIVERSITY -> "Kursen ger en " + depthSv + " orientering i " + lowerSv + " på högskolenivå. "
                    + "Undervisningen sker på distans via lärplattform och digitala seminarier, och tentamen kan skrivas på ditt lärcentrum. "
                    + extra[0];
            case KOMVUX -> "Kursen " + topic.titleSv() + " inom kommunal vuxenutbildning ger dig betyg som kan ge behörighet till vidare studier. "
                    + "Du studerar i din egen takt med stöd av lärare, och prov skrivs på lärcentrum. " + extra[0];
            case YH -> "En yrkesinriktad kurs i " + lowerSv + " som tagits fram tillsammans med arbetsgivare i regionen. "
                    + "Kursen varvar teori med praktiska uppgifter från arbetslivet. " + extra[0];
            case FOLK_HIGH_SCHOOL -> "Folkhögskolekurs i " + lowerSv + " för dig som vill lära i grupp, i din egen takt och utan betygshets. "
                    + extra[0];
            default -> "En kortare kurs i " + lowerSv + " för vuxna, med träffar på lärcentrum och stöd på nätet. " + extra[0];
        };
        String lowerEn = topic.titleEn();
        String en = switch (topic.kind()) {
            case UNIVERSITY -> "The course gives an " + depthEn + " overview of " + lowerEn + " at university level. "
                    + "Teaching is online through a learning platform and digital seminars, and the exam can be written at your learning centre. "
                    + extra[1];
            case KOMVUX -> "The municipal adult education course " + topic.titleEn() + " gives you a grade that can qualify you for further studies. "
                    + "You study at your own pace with a teacher's support, and tests are written at the learning centre. " + extra[1];
            case YH -> "A vocational course in " + lowerEn + ", developed together with employers in the region. "
                    + "It alternates theory with practical assignments from working life. " + extra[1];
            case FOLK_HIGH_SCHOOL -> "A folk high school course in " + lowerEn + " for those who want to learn in a group, at their own pace and without grade pressure. "
                    + extra[1];
            default -> "A short course in " + lowerEn + " for adults, with meetings at the learning centre and support online. " + extra[1];
        };
        Course course = new Course(provider, new CourseCode(codeFor(topic, sequence)),
                Map.of("sv", new CourseText(titleSv, sv), "en", new CourseText(titleEn, en)), topic.subject(), topic.level());
        switch (topic.kind()) {
            case UNIVERSITY -> course.award(new BigDecimal(List.of("7.5", "7.5", "15", "15", "30").get(random.nextInt(5))), CreditSystem.HP);
            case KOMVUX -> course.award(new BigDecimal(List.of("50", "100", "100", "150").get(random.nextInt(4))),
                    topic.level() == StudyLevel.KOMVUX_BASIC ? CreditSystem.NONE : CreditSystem.GY);
            case YH -> course.award(new BigDecimal(List.of("20", "25", "30", "40").get(random.nextInt(4))), CreditSystem.YH);
            default -> course.award(null, CreditSystem.NONE);
        }
        course.identifyAs(new ExternalRef(SOURCE, "course-" + sequence));
        return course;
    }

    private static String codeFor(Topic topic, int sequence) {
        String letters = ascii(topic.titleSv()).replaceAll("[^A-Za-z]", "").toUpperCase();
        String prefix = (letters + "XXXX").substring(0, 4);
        return switch (topic.kind()) {
            case UNIVERSITY -> prefix + "%03d".formatted(sequence % 1000) + "G";
            case KOMVUX -> prefix + "V" + sequence;
            default -> prefix + sequence;
        };
    }

    // ---- offerings -------------------------------------------------------------------------------

    private List<Offering> offeringsOf(Course course, ProviderSpec provider, List<LearningCentre> centres, int sequence) {
        int count = random.nextInt(10) < 2 ? 3 : 2;
        List<Offering> offerings = new ArrayList<>();
        // Spread the runs over the year around the anchor: some past, some running, most ahead.
        int firstOffset = -150 + random.nextInt(120);
        for (int run = 0; run < count; run++) {
            LocalDate start = anchor.plusDays(firstOffset + run * (120 + random.nextInt(60)))
                    .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            offerings.add(offering(course, provider, centres, start, sequence + offerings.size()));
        }
        return offerings;
    }

    private Offering offering(Course course, ProviderSpec provider, List<LearningCentre> centres, LocalDate start,
            int sequence) {
        ProviderType type = provider.type();
        int weeks = switch (type) {
            case UNIVERSITY -> pick(10, 10, 20, 20, 10);
            case KOMVUX -> pick(10, 15, 20);
            case YH -> pick(8, 12, 16, 20);
            case FOLK_HIGH_SCHOOL -> pick(15, 17, 34);
            default -> pick(2, 4, 6);
        };
        LocalDate end = start.plusWeeks(weeks).minusDays(3);
        Pace pace = switch (type) {
            case UNIVERSITY -> Pace.percent(pick(25, 50, 50, 100));
            case KOMVUX -> random.nextInt(10) < 3 ? Pace.individual() : Pace.percent(pick(50, 100, 100, 75));
            case YH, FOLK_HIGH_SCHOOL -> Pace.percent(pick(50, 100, 100));
            default -> random.nextBoolean() ? Pace.individual() : Pace.percent(pick(10, 25));
        };
        StudyMode mode = switch (type) {
            case UNIVERSITY -> pickMode(7, 2, 1);
            case KOMVUX -> pickMode(5, 3, 2);
            case YH -> pickMode(4, 5, 1);
            case FOLK_HIGH_SCHOOL -> pickMode(4, 0, 6);
            default -> pickMode(2, 2, 6);
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
        offering.hostAt(hostingCentres(mode, provider, centres));
        OfferingTraits.terms(offering, type, random);
        offering.identifyAs(new ExternalRef(SOURCE, "offering-" + sequence));
        return offering;
    }

    /**
     * Where the mandatory sessions and exams can be taken: a distance course at several centres
     * (often all of them), a blended one across the provider's cooperation group, a campus course
     * where the provider is.
     */
    private List<LearningCentre> hostingCentres(StudyMode mode, ProviderSpec provider, List<LearningCentre> centres) {
        String home = provider.homeMunicipality();
        List<LearningCentre> local = home == null ? List.of()
                : centres.stream().filter(c -> c.getMunicipality().getCode().equals(home)).toList();
        return switch (mode) {
            case DISTANCE -> random.nextInt(4) == 0 ? centres : sample(centres, 3 + random.nextInt(6));
            case BLENDED -> {
                String group = home == null ? null : municipalities.get(home).getRegionGroup();
                List<LearningCentre> inGroup = group == null ? List.of()
                        : centres.stream().filter(c -> group.equals(c.getMunicipality().getRegionGroup())).toList();
                yield inGroup.isEmpty() ? (local.isEmpty() ? sample(centres, 4) : local) : inGroup;
            }
            case CAMPUS -> local.isEmpty() ? sample(centres, 1) : local;
        };
    }

    private List<LearningCentre> sample(List<LearningCentre> centres, int count) {
        List<LearningCentre> pool = new ArrayList<>(centres);
        List<LearningCentre> chosen = new ArrayList<>();
        for (int i = 0; i < Math.min(count, centres.size()); i++) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    private int pick(int... values) {
        return values[random.nextInt(values.length)];
    }

    private StudyMode pickMode(int distance, int blended, int campus) {
        int roll = random.nextInt(distance + blended + campus);
        return roll < distance ? StudyMode.DISTANCE : roll < distance + blended ? StudyMode.BLENDED : StudyMode.CAMPUS;
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
