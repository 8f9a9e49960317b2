package se.larcentra.catalog.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import se.larcentra.catalog.entity.ApplicationWindow;
import se.larcentra.catalog.entity.CourseCode;
import se.larcentra.catalog.entity.CourseText;
import se.larcentra.catalog.entity.CreditSystem;
import se.larcentra.catalog.entity.Fee;
import se.larcentra.catalog.entity.Pace;
import se.larcentra.catalog.entity.ProviderType;
import se.larcentra.catalog.entity.StudyLevel;
import se.larcentra.catalog.entity.StudyMode;
import se.larcentra.centre.entity.GeoPoint;
import se.larcentra.platform.entity.Translations;

/**
 * How EMIL3 records map onto the catalogue: every decision the importer makes, as pure functions
 * (no database, "now" passed in). A record that cannot be mapped throws {@link Rejected} with the
 * reason; a value replaced by a guess or a default is reported through the {@code warn} callback.
 */
public final class Emil3Mapping {

    /** Source key of imported records ({@link se.larcentra.platform.entity.ExternalRef#source()}). */
    public static final String SOURCE = "susa";

    /** A location without a municipality code is hosted by the centres this close to its position. */
    static final double NEARBY_KM = 10.0;

    static final int TITLE_MAX = 300;
    static final int DESCRIPTION_MAX = 20_000;
    static final int PROVIDER_NAME_MAX = 200;
    static final int WEBSITE_MAX = 500;
    static final int EXTERNAL_ID_MAX = 200;

    /** ISO 639-2 (bibliographic and terminology forms) to ISO 639-1, for the languages one meets in Sweden. */
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("swe", "sv"), Map.entry("eng", "en"), Map.entry("fin", "fi"), Map.entry("nor", "no"),
            Map.entry("nob", "nb"), Map.entry("nno", "nn"), Map.entry("dan", "da"), Map.entry("isl", "is"),
            Map.entry("ice", "is"), Map.entry("deu", "de"), Map.entry("ger", "de"), Map.entry("fra", "fr"),
            Map.entry("fre", "fr"), Map.entry("spa", "es"), Map.entry("ita", "it"), Map.entry("por", "pt"),
            Map.entry("nld", "nl"), Map.entry("dut", "nl"), Map.entry("pol", "pl"), Map.entry("rus", "ru"),
            Map.entry("ukr", "uk"), Map.entry("est", "et"), Map.entry("lav", "lv"), Map.entry("lit", "lt"),
            Map.entry("ara", "ar"), Map.entry("fas", "fa"), Map.entry("per", "fa"), Map.entry("som", "so"),
            Map.entry("tir", "ti"), Map.entry("amh", "am"), Map.entry("tur", "tr"), Map.entry("kur", "ku"),
            Map.entry("ell", "el"), Map.entry("gre", "el"), Map.entry("bos", "bs"), Map.entry("hrv", "hr"),
            Map.entry("srp", "sr"), Map.entry("zho", "zh"), Map.entry("chi", "zh"), Map.entry("jpn", "ja"),
            Map.entry("kor", "ko"), Map.entry("hin", "hi"), Map.entry("urd", "ur"), Map.entry("sme", "se"),
            Map.entry("yid", "yi"));

    /** The school types EMIL3.md names; anything else is kept, mapped to "other" and reported. */
    private static final Set<String> KNOWN_SCHOOL_TYPES = Set.of("HS", "VUX", "VUXGR", "VUXGY", "VUXSFI", "FHS", "YH",
            "AUB", "STF");
    private static final Set<String> KNOWN_CREDIT_SYSTEMS = Set.of("hp", "yh", "gy", "fup", "vp", "nyp");

    private Emil3Mapping() {
    }

    /** Why a record cannot be imported. */
    public static final class Rejected extends Exception {

        private static final long serialVersionUID = 1L;

        public Rejected(String reason) {
            super(reason);
        }
    }

    /** What a provider record becomes; its type follows from its courses ({@link #providerType(Map)}). */
    public record ProviderPlan(String name, String website) {
    }

    public record CoursePlan(CourseCode code, Map<String, CourseText> texts, String subject, StudyLevel level,
            BigDecimal credits, CreditSystem creditSystem) {
    }

    /** What an event becomes, up to its hosting centres, which need the centres (see {@link #hostingCentres}). */
    public record OfferingPlan(LocalDate start, LocalDate end, Pace pace, StudyMode mode, int onSiteSessions,
            int remoteSessions, List<Emil3Document.Location> locations, Integer places, ApplicationWindow window, Fee fee,
            String language, boolean cancelled) {
    }

    /** A learning centre as the hosting rule sees it. */
    public record CentreRef<C>(C centre, String municipalityCode, GeoPoint position) {
    }

    // ---- providers ------------------------------------------------------------------------------

    public static ProviderPlan provider(Emil3Document.Provider record, Consumer<String> warn) throws Rejected {
        requireExternalId(record.identifier());
        String name = pick(record.names()).orElseThrow(() -> new Rejected("no name"));
        String website = pick(record.urls()).orElse(null);
        if (website != null && (!website.matches("(?i)https?://\\S+") || website.length() > WEBSITE_MAX)) {
            warn.accept("url \"" + abbreviate(website, 80) + "\" is not a web address we can keep; ignored");
            website = null;
        }
        return new ProviderPlan(truncate(name, PROVIDER_NAME_MAX, "name", warn), website);
    }

    /**
     * A provider's type from the levels of its courses: the most common one (HS → university, VUX… →
     * Komvux, FHS → folk high school, YH → YH, anything else → other); ties go to the type listed first
     * in {@link ProviderType}. Empty when it has no courses.
     */
    public static Optional<ProviderType> providerType(Map<StudyLevel, Long> coursesPerLevel) {
        Map<ProviderType, Long> perType = new EnumMap<>(ProviderType.class);
        coursesPerLevel.forEach((level, count) -> {
            if (count != null && count > 0) {
                perType.merge(providerType(level), count, Long::sum);
            }
        });
        return perType.entrySet().stream()
                .max(Comparator.<Map.Entry<ProviderType, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    static ProviderType providerType(StudyLevel level) {
        return switch (level) {
            case UNIVERSITY -> ProviderType.UNIVERSITY;
            case KOMVUX_BASIC, KOMVUX_UPPER_SECONDARY -> ProviderType.KOMVUX;
            case FOLK_HIGH_SCHOOL -> ProviderType.FOLK_HIGH_SCHOOL;
            case YH -> ProviderType.YH;
            case OTHER -> ProviderType.OTHER;
        };
    }

    // ---- courses --------------------------------------------------------------------------------

    public static CoursePlan course(Emil3Document.Education record, Consumer<String> warn) throws Rejected {
        requireExternalId(record.identifier());
        Map<String, CourseText> texts = texts(record.titles(), record.descriptions(), warn);
        return new CoursePlan(courseCode(record.code(), record.identifier(), warn), texts, subject(record.subjects()),
                level(record.schoolType(), warn), credits(record.credits(), record.creditSystem(), warn),
                creditSystem(record.credits(), record.creditSystem(), warn));
    }

    /**
     * The level a school type stands for: HS university, VUXGR and VUXSFI basic Komvux, other VUX…
     * upper-secondary Komvux, FHS folk high school, YH; AUB, STF and unknown codes other (unknown ones,
     * and unknown VUX… variants, with a warning).
     */
    public static StudyLevel level(String schoolType, Consumer<String> warn) {
        if (schoolType == null) {
            warn.accept("no school type (type.code); level taken as other");
            return StudyLevel.OTHER;
        }
        String code = schoolType.strip().toUpperCase(Locale.ROOT);
        if (code.startsWith("VUX") && !KNOWN_SCHOOL_TYPES.contains(code)) {
            warn.accept("unknown school type \"" + schoolType + "\"; taken as Komvux, upper-secondary level");
        } else if (!KNOWN_SCHOOL_TYPES.contains(code)) {
            warn.accept("unknown school type \"" + schoolType + "\"; level and provider type taken as other");
        }
        return switch (code) {
            case "HS" -> StudyLevel.UNIVERSITY;
            case "VUXGR", "VUXSFI" -> StudyLevel.KOMVUX_BASIC;
            case "FHS" -> StudyLevel.FOLK_HIGH_SCHOOL;
            case "YH" -> StudyLevel.YH;
            default -> code.startsWith("VUX") ? StudyLevel.KOMVUX_UPPER_SECONDARY : StudyLevel.OTHER;
        };
    }

    /** ISO 639-1 for an ISO 639-2 code (or a 639-1 code as it is); empty for one we do not know. */
    public static Optional<String> language(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        if (c.matches("[a-z]{2}")) {
            return Optional.of(c);
        }
        return Optional.ofNullable(LANGUAGES.get(c));
    }

    /**
     * Title and description per language. A text without a language is taken as Swedish (the
     * catalogue is Swedish); one in a language we cannot name in ISO 639-1 is skipped. A description
     * counts only in a language that also has a title.
     */
    static Map<String, CourseText> texts(List<Emil3Document.Text> titles, List<Emil3Document.Text> descriptions,
            Consumer<String> warn) throws Rejected {
        Map<String, String> titleByLanguage = byLanguage(titles, "title", warn);
        Map<String, String> descriptionByLanguage = byLanguage(descriptions, "description", warn);
        if (titleByLanguage.isEmpty()) {
            throw new Rejected(titles.isEmpty() ? "no title" : "no title in a language we can keep");
        }
        Map<String, CourseText> texts = new LinkedHashMap<>();
        titleByLanguage.forEach((language, title) -> texts.put(language, new CourseText(
                truncate(title, TITLE_MAX, "title (" + language + ")", warn),
                truncate(descriptionByLanguage.get(language), DESCRIPTION_MAX, "description (" + language + ")", warn))));
        return texts;
    }

    private static Map<String, String> byLanguage(List<Emil3Document.Text> texts, String what, Consumer<String> warn) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (Emil3Document.Text text : texts) {
            Optional<String> language = text.language() == null ? Optional.of(Translations.SWEDISH) : language(text.language());
            if (language.isEmpty()) {
                warn.accept(what + " in unknown language \"" + text.language() + "\" skipped");
            } else {
                byLanguage.putIfAbsent(language.get(), text.value());
            }
        }
        return byLanguage;
    }

    /** The record's {@code code}, made a valid course code; else derived from the identifier. */
    static CourseCode courseCode(String code, String identifier, Consumer<String> warn) throws Rejected {
        if (code != null) {
            String cleaned = codeCharacters(code);
            if (!cleaned.isEmpty() && cleaned.length() <= 40) {
                if (!cleaned.equalsIgnoreCase(code.strip())) {
                    warn.accept("course code \"" + code + "\" stored as " + cleaned.toUpperCase(Locale.ROOT));
                }
                return new CourseCode(cleaned);
            }
            warn.accept("course code \"" + abbreviate(code, 60) + "\" unusable; derived from the identifier");
        }
        String derived = codeCharacters(identifier);
        if (derived.length() > 40) {
            derived = derived.substring(derived.length() - 40).replaceAll("^[._/-]+", "");
        }
        if (derived.isEmpty()) {
            throw new Rejected("no usable course code");
        }
        return new CourseCode(derived);
    }

    private static String codeCharacters(String text) {
        return text.strip().replaceAll("[^\\p{L}\\p{N}._/-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    }

    /**
     * A subject key from the SUN code ({@code sun-481}), else the ISCED one ({@code isced-0613}), else
     * {@code other}; the UI shows a key it has no label for as it is.
     */
    public static String subject(List<Emil3Document.Code> subjects) {
        for (String scheme : List.of("SUN", "ISCED")) {
            for (Emil3Document.Code subject : subjects) {
                if (subject.type() != null && subject.code() != null
                        && subject.type().toUpperCase(Locale.ROOT).contains(scheme)) {
                    String key = (scheme + "-" + subject.code()).toLowerCase(Locale.ROOT)
                            .replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-").replaceAll("-$", "");
                    if (key.length() > scheme.length() + 1 && key.length() <= 60) {
                        return key;
                    }
                }
            }
        }
        return "other";
    }

    /** {@code hp} HP, {@code yh} YH, {@code gy} GY, {@code fup} FHS; others, or no positive credits, NONE. */
    public static CreditSystem creditSystem(BigDecimal credits, String system, Consumer<String> warn) {
        if (system == null) {
            return CreditSystem.NONE;
        }
        String code = system.strip().toLowerCase(Locale.ROOT);
        if (!KNOWN_CREDIT_SYSTEMS.contains(code)) {
            warn.accept("unknown credit system \"" + system + "\"; credits not shown");
            return CreditSystem.NONE;
        }
        CreditSystem mapped = switch (code) {
            case "hp" -> CreditSystem.HP;
            case "yh" -> CreditSystem.YH;
            case "gy" -> CreditSystem.GY;
            case "fup" -> CreditSystem.FHS;
            default -> CreditSystem.NONE;
        };
        return mapped != CreditSystem.NONE && roundedCredits(credits) == null ? CreditSystem.NONE : mapped;
    }

    static BigDecimal credits(BigDecimal credits, String system, Consumer<String> warn) {
        if (creditSystem(credits, system, message -> { }) == CreditSystem.NONE) {
            if (system != null && credits == null && KNOWN_CREDIT_SYSTEMS.contains(system.strip().toLowerCase(Locale.ROOT))) {
                warn.accept("credit system \"" + system + "\" without credits; credits not shown");
            }
            return null;
        }
        return roundedCredits(credits);
    }

    /** Positive credits as the column keeps them (one decimal, below 100 000), else {@code null}. */
    private static BigDecimal roundedCredits(BigDecimal credits) {
        if (credits == null) {
            return null;
        }
        BigDecimal rounded = credits.setScale(1, RoundingMode.HALF_UP);
        return rounded.signum() > 0 && rounded.compareTo(new BigDecimal("100000")) < 0 ? rounded : null;
    }

    // ---- offerings ------------------------------------------------------------------------------

    /**
     * An event's offering. Rejected without execution start and end dates. {@code today} (in Sweden)
     * completes an application window that only says when it closes; {@code now} decides whether
     * {@code expires} has passed.
     */
    public static OfferingPlan offering(Emil3Document.Event event, Instant now, LocalDate today, Consumer<String> warn)
            throws Rejected {
        requireExternalId(event.identifier());
        if (event.start() == null || event.end() == null) {
            throw new Rejected("no execution " + (event.start() == null ? "start" : "end") + " date");
        }
        if (event.end().isBefore(event.start())) {
            throw new Rejected("execution ends (" + event.end() + ") before it starts (" + event.start() + ")");
        }
        StudyMode mode = mode(event.distance());
        Emil3Document.Distance distance = event.distance();
        Integer places = event.places();
        if (places != null && places < 0) {
            warn.accept("places is negative (" + places + "); taken as no limit");
            places = null;
        }
        return new OfferingPlan(event.start(), event.end(), pace(event.pace(), warn), mode,
                distance == null ? 0 : distance.mandatorySessions(), distance == null ? 0 : distance.mandatoryRemoteSessions(),
                event.locations(), places, applicationWindow(event.application(), event.start(), today, warn),
                fee(event.fees(), warn), instructionLanguage(event.languages(), warn), cancelled(event, now));
    }

    /** A {@code distance} block without mandatory on-site sessions is distance; with them blended; none campus. */
    public static StudyMode mode(Emil3Document.Distance distance) {
        if (distance == null) {
            return StudyMode.CAMPUS;
        }
        return distance.mandatorySessions() > 0 ? StudyMode.BLENDED : StudyMode.DISTANCE;
    }

    /**
     * Where an offering's mandatory sessions and exams can be taken: a distance offering at every
     * active centre; a blended or campus one at the centres of its locations' municipalities (or,
     * for a location with a position but no municipality code, the centres within
     * {@value #NEARBY_KM} km of it). Never creates centres; may be empty.
     */
    public static <C> List<C> hostingCentres(StudyMode mode, Collection<Emil3Document.Location> locations,
            List<CentreRef<C>> activeCentres) {
        if (mode == StudyMode.DISTANCE) {
            return activeCentres.stream().map(CentreRef::centre).toList();
        }
        Set<C> hosts = new LinkedHashSet<>();
        for (Emil3Document.Location location : locations) {
            for (CentreRef<C> ref : activeCentres) {
                boolean inMunicipality = location.areaCode() != null && location.areaCode().equals(ref.municipalityCode());
                boolean nearby = location.areaCode() == null && location.position() != null && ref.position() != null
                        && location.position().distanceKm(ref.position()) <= NEARBY_KM;
                if (inMunicipality || nearby) {
                    hosts.add(ref.centre());
                }
            }
        }
        return new ArrayList<>(hosts);
    }

    /**
     * {@code individual: true} individual pace; a percentage from 1 to 100 that pace (above 100 taken
     * as 100); missing or unusable full time (100 %), with a warning: Susa-navet states a pace for
     * nearly every event, and full time is the most common.
     */
    public static Pace pace(Emil3Document.PaceOfStudy pace, Consumer<String> warn) {
        if (pace != null && pace.individual()) {
            return Pace.individual();
        }
        Integer percent = pace == null ? null : pace.percentage();
        if (percent == null || percent < 1) {
            warn.accept(percent == null ? "no pace of study; taken as full time (100 %)"
                    : "pace of study " + percent + " %; taken as full time (100 %)");
            return Pace.percent(100);
        }
        if (percent > 100) {
            warn.accept("pace of study " + percent + " %; taken as 100 %");
            return Pace.percent(100);
        }
        return Pace.percent(percent);
    }

    /**
     * {@code continuous: true} continuous; {@code first} and {@code last} that window; only {@code last}
     * from today (or that day) to it; only {@code first} from it to the day before the start; no
     * application block (or no dates) continuous: the provider takes applications without a stated
     * window. A window that closes before it opens is reported and taken as continuous.
     */
    public static ApplicationWindow applicationWindow(Emil3Document.Application application, LocalDate start,
            LocalDate today, Consumer<String> warn) {
        if (application == null || application.continuous() || application.first() == null && application.last() == null) {
            return ApplicationWindow.continuous();
        }
        LocalDate first = application.first();
        LocalDate last = application.last();
        if (first == null) {
            first = today.isBefore(last) ? today : last;
        }
        if (last == null) {
            last = start.minusDays(1).isAfter(first) ? start.minusDays(1) : first;
        }
        if (last.isBefore(first)) {
            warn.accept("application closes (" + last + ") before it opens (" + first + "); taken as continuous");
            return ApplicationWindow.continuous();
        }
        return ApplicationWindow.between(first, last);
    }

    /** The first fee's total amount and currency (SEK when missing); no fee free. */
    public static Fee fee(List<Emil3Document.Fee> fees, Consumer<String> warn) {
        if (fees.isEmpty() || fees.get(0).totalAmount() == null) {
            return Fee.free();
        }
        Emil3Document.Fee first = fees.get(0);
        String currency = first.currency() == null ? "SEK" : first.currency().strip().toUpperCase(Locale.ROOT);
        BigDecimal amount = first.totalAmount().setScale(2, RoundingMode.HALF_UP);
        if (amount.signum() < 0 || amount.precision() > 10) {
            warn.accept("fee " + first.totalAmount() + " is out of range; shown as free");
            return Fee.free();
        }
        if (!currency.matches("[A-Z]{3}")) {
            warn.accept("fee currency \"" + first.currency() + "\" is not an ISO 4217 code; shown as free");
            return Fee.free();
        }
        return new Fee(amount, currency);
    }

    /** The first language of instruction we can name in ISO 639-1; Swedish when none is given. */
    public static String instructionLanguage(List<String> languages, Consumer<String> warn) {
        for (String code : languages) {
            Optional<String> language = language(code);
            if (language.isPresent()) {
                return language.get();
            }
            warn.accept("unknown language of instruction \"" + code + "\" skipped");
        }
        return Translations.SWEDISH;
    }

    /** Cancelled in the source, or its {@code expires} has passed. */
    public static boolean cancelled(Emil3Document.Event event, Instant now) {
        return event.cancelled() || event.expires() != null && !event.expires().isAfter(now);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Swedish, else English, else the first text; for names and web addresses. */
    static Optional<String> pick(List<Emil3Document.Text> texts) {
        for (String wanted : List.of(Translations.SWEDISH, Translations.ENGLISH)) {
            for (Emil3Document.Text text : texts) {
                if (text.language() != null && language(text.language()).filter(wanted::equals).isPresent()) {
                    return Optional.of(text.value());
                }
            }
        }
        return texts.stream().map(Emil3Document.Text::value).filter(Objects::nonNull).findFirst();
    }

    private static void requireExternalId(String identifier) throws Rejected {
        if (identifier == null || identifier.isBlank()) {
            throw new Rejected("no identifier");
        }
        if (identifier.length() > EXTERNAL_ID_MAX) {
            throw new Rejected("identifier longer than " + EXTERNAL_ID_MAX + " characters");
        }
    }

    private static String truncate(String text, int max, String what, Consumer<String> warn) {
        if (text == null || text.length() <= max) {
            return text;
        }
        warn.accept(what + " shortened to " + max + " characters");
        return text.substring(0, max - 1).strip() + "…";
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
