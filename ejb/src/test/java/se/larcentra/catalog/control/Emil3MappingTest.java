package se.larcentra.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.larcentra.catalog.entity.ApplicationWindow;
import se.larcentra.catalog.entity.CourseText;
import se.larcentra.catalog.entity.CreditSystem;
import se.larcentra.catalog.entity.Fee;
import se.larcentra.catalog.entity.Pace;
import se.larcentra.catalog.entity.ProviderType;
import se.larcentra.catalog.entity.StudyLevel;
import se.larcentra.catalog.entity.StudyMode;
import se.larcentra.centre.entity.GeoPoint;

class Emil3MappingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 10);
    private static final Instant NOW = Instant.parse("2026-02-10T09:00:00Z");

    private final List<String> warnings = new ArrayList<>();

    private static Emil3Document.Text sv(String text) {
        return new Emil3Document.Text("swe", text);
    }

    private static Emil3Document.Event event(LocalDate start, LocalDate end, Emil3Document.Distance distance,
            boolean cancelled, Instant expires) {
        return new Emil3Document.Event("e.1", 1, "i.1", List.of("p.1"), List.of(new Emil3Document.Location("1737", null)),
                List.of(), start, end, cancelled, expires, List.of(), null, new Emil3Document.PaceOfStudy(50, false),
                distance, null);
    }

    // ---- school types, levels, provider types ---------------------------------------------------

    @Test
    void mapsSchoolTypesToLevels() {
        assertThat(Emil3Mapping.level("HS", warnings::add)).isEqualTo(StudyLevel.UNIVERSITY);
        assertThat(Emil3Mapping.level("VUXGR", warnings::add)).isEqualTo(StudyLevel.KOMVUX_BASIC);
        assertThat(Emil3Mapping.level("VUXSFI", warnings::add)).isEqualTo(StudyLevel.KOMVUX_BASIC);
        assertThat(Emil3Mapping.level("VUXGY", warnings::add)).isEqualTo(StudyLevel.KOMVUX_UPPER_SECONDARY);
        assertThat(Emil3Mapping.level("VUX", warnings::add)).isEqualTo(StudyLevel.KOMVUX_UPPER_SECONDARY);
        assertThat(Emil3Mapping.level("FHS", warnings::add)).isEqualTo(StudyLevel.FOLK_HIGH_SCHOOL);
        assertThat(Emil3Mapping.level("yh", warnings::add)).isEqualTo(StudyLevel.YH);
        assertThat(Emil3Mapping.level("AUB", warnings::add)).isEqualTo(StudyLevel.OTHER);
        assertThat(Emil3Mapping.level("STF", warnings::add)).isEqualTo(StudyLevel.OTHER);
        assertThat(warnings).as("all known").isEmpty();
    }

    @Test
    void keepsAnUnknownSchoolTypeAsOtherWithAWarning() {
        assertThat(Emil3Mapping.level("GY", warnings::add)).isEqualTo(StudyLevel.OTHER);
        assertThat(Emil3Mapping.level("VUXSÄR", warnings::add)).isEqualTo(StudyLevel.KOMVUX_UPPER_SECONDARY);
        assertThat(Emil3Mapping.level(null, warnings::add)).isEqualTo(StudyLevel.OTHER);

        assertThat(warnings).hasSize(3);
        assertThat(warnings.get(0)).contains("unknown school type \"GY\"");
        assertThat(warnings.get(1)).contains("VUXSÄR").contains("Komvux");
        assertThat(warnings.get(2)).contains("no school type");
    }

    @Test
    void aProviderTakesTheTypeOfMostOfItsCourses() {
        Map<StudyLevel, Long> komvux = new EnumMap<>(StudyLevel.class);
        komvux.put(StudyLevel.KOMVUX_BASIC, 3L);
        komvux.put(StudyLevel.KOMVUX_UPPER_SECONDARY, 4L);
        komvux.put(StudyLevel.UNIVERSITY, 5L);

        assertThat(Emil3Mapping.providerType(komvux)).as("7 Komvux courses against 5").contains(ProviderType.KOMVUX);
        assertThat(Emil3Mapping.providerType(Map.of(StudyLevel.UNIVERSITY, 1L))).contains(ProviderType.UNIVERSITY);
        assertThat(Emil3Mapping.providerType(Map.of(StudyLevel.FOLK_HIGH_SCHOOL, 2L))).contains(ProviderType.FOLK_HIGH_SCHOOL);
        assertThat(Emil3Mapping.providerType(Map.of(StudyLevel.YH, 2L))).contains(ProviderType.YH);
        assertThat(Emil3Mapping.providerType(Map.of(StudyLevel.OTHER, 2L))).contains(ProviderType.OTHER);
        assertThat(Emil3Mapping.providerType(Map.of(StudyLevel.YH, 2L, StudyLevel.UNIVERSITY, 2L)))
                .as("a tie goes to the type listed first").contains(ProviderType.UNIVERSITY);
        assertThat(Emil3Mapping.providerType(Map.of())).isEmpty();
    }

    // ---- pace, application window, mode, hosting -------------------------------------------------

    @Test
    void pace() {
        assertThat(Emil3Mapping.pace(new Emil3Document.PaceOfStudy(50, false), warnings::add)).isEqualTo(Pace.percent(50));
        assertThat(Emil3Mapping.pace(new Emil3Document.PaceOfStudy(null, true), warnings::add)).isEqualTo(Pace.individual());
        assertThat(Emil3Mapping.pace(new Emil3Document.PaceOfStudy(100, true), warnings::add))
                .as("individual wins over a nominal percentage").isEqualTo(Pace.individual());
        assertThat(warnings).isEmpty();

        assertThat(Emil3Mapping.pace(null, warnings::add)).as("missing: full time").isEqualTo(Pace.percent(100));
        assertThat(Emil3Mapping.pace(new Emil3Document.PaceOfStudy(0, false), warnings::add)).isEqualTo(Pace.percent(100));
        assertThat(Emil3Mapping.pace(new Emil3Document.PaceOfStudy(150, false), warnings::add)).isEqualTo(Pace.percent(100));
        assertThat(warnings).hasSize(3).first().asString().contains("no pace");
    }

    @Test
    void applicationWindow() {
        LocalDate start = LocalDate.of(2026, 8, 31);

        assertThat(Emil3Mapping.applicationWindow(new Emil3Document.Application(LocalDate.of(2026, 3, 15),
                LocalDate.of(2026, 4, 15), false), start, TODAY, warnings::add))
                .isEqualTo(ApplicationWindow.between(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 15)));
        assertThat(Emil3Mapping.applicationWindow(new Emil3Document.Application(LocalDate.of(2026, 3, 15),
                LocalDate.of(2026, 4, 15), true), start, TODAY, warnings::add))
                .as("continuous wins").isEqualTo(ApplicationWindow.continuous());
        assertThat(Emil3Mapping.applicationWindow(null, start, TODAY, warnings::add))
                .as("missing").isEqualTo(ApplicationWindow.continuous());
        assertThat(Emil3Mapping.applicationWindow(new Emil3Document.Application(null, LocalDate.of(2026, 4, 15), false),
                start, TODAY, warnings::add))
                .as("only the last day: from today").isEqualTo(ApplicationWindow.between(TODAY, LocalDate.of(2026, 4, 15)));
        assertThat(Emil3Mapping.applicationWindow(new Emil3Document.Application(null, LocalDate.of(2026, 1, 15), false),
                start, TODAY, warnings::add))
                .as("only a last day already past").isEqualTo(ApplicationWindow.between(LocalDate.of(2026, 1, 15),
                        LocalDate.of(2026, 1, 15)));
        assertThat(Emil3Mapping.applicationWindow(new Emil3Document.Application(LocalDate.of(2026, 3, 1), null, false),
                start, TODAY, warnings::add))
                .as("only the first day: until the day before the start")
                .isEqualTo(ApplicationWindow.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 30)));
        assertThat(warnings).isEmpty();

        assertThat(Emil3Mapping.applicationWindow(new Emil3Document.Application(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1), false), start, TODAY, warnings::add)).isEqualTo(ApplicationWindow.continuous());
        assertThat(warnings).singleElement().asString().contains("closes").contains("before it opens");
    }

    @Test
    void modeFollowsTheDistanceBlockAndItsOnSiteSessions() {
        assertThat(Emil3Mapping.mode(new Emil3Document.Distance(0, 3, 5, 0))).isEqualTo(StudyMode.DISTANCE);
        assertThat(Emil3Mapping.mode(new Emil3Document.Distance(0, 0, 0, 0))).isEqualTo(StudyMode.DISTANCE);
        assertThat(Emil3Mapping.mode(new Emil3Document.Distance(2, 0, 0, 0))).isEqualTo(StudyMode.BLENDED);
        assertThat(Emil3Mapping.mode(null)).isEqualTo(StudyMode.CAMPUS);
    }

    @Test
    void hostsDistanceAtEveryCentreAndOnSiteStudiesInTheirMunicipality() {
        var torsby = new Emil3Mapping.CentreRef<>("Torsby", "1737", new GeoPoint(60.134, 13.006));
        var syssleback = new Emil3Mapping.CentreRef<>("Sysslebäck", "1737", new GeoPoint(60.728, 12.868));
        var karlstad = new Emil3Mapping.CentreRef<>("Karlstad", "1780", new GeoPoint(59.380, 13.502));
        var hammaro = new Emil3Mapping.CentreRef<>("Hammarö", "1761", new GeoPoint(59.333, 13.523));
        List<Emil3Mapping.CentreRef<String>> centres = List.of(torsby, syssleback, karlstad, hammaro);
        List<Emil3Document.Location> inTorsby = List.of(new Emil3Document.Location("1737", new GeoPoint(60.13, 13.0)));

        assertThat(Emil3Mapping.hostingCentres(StudyMode.DISTANCE, inTorsby, centres))
                .containsExactly("Torsby", "Sysslebäck", "Karlstad", "Hammarö");
        assertThat(Emil3Mapping.hostingCentres(StudyMode.DISTANCE, List.of(), centres)).hasSize(4);
        assertThat(Emil3Mapping.hostingCentres(StudyMode.CAMPUS, inTorsby, centres)).containsExactly("Torsby", "Sysslebäck");
        assertThat(Emil3Mapping.hostingCentres(StudyMode.BLENDED, inTorsby, centres)).containsExactly("Torsby", "Sysslebäck");
        assertThat(Emil3Mapping.hostingCentres(StudyMode.CAMPUS, List.of(new Emil3Document.Location("1737", null),
                new Emil3Document.Location("1780", null)), centres)).containsExactly("Torsby", "Sysslebäck", "Karlstad");
        assertThat(Emil3Mapping.hostingCentres(StudyMode.CAMPUS, List.of(new Emil3Document.Location("0180", null)), centres))
                .as("no centre in Stockholm").isEmpty();
        assertThat(Emil3Mapping.hostingCentres(StudyMode.CAMPUS, List.of(), centres)).isEmpty();
        assertThat(Emil3Mapping.hostingCentres(StudyMode.CAMPUS,
                List.of(new Emil3Document.Location(null, new GeoPoint(59.3793, 13.5036))), centres))
                .as("no municipality code: the centres within 10 km").containsExactly("Karlstad", "Hammarö");
    }

    // ---- offerings ------------------------------------------------------------------------------

    @Test
    void mapsAnEvent() throws Exception {
        Emil3Document.Event event = new Emil3Document.Event("e.1", 7, "i.1", List.of("p.1"),
                List.of(new Emil3Document.Location("1780", null)), List.of("eng", "swe"), LocalDate.of(2026, 8, 31),
                LocalDate.of(2027, 1, 17), false, Instant.parse("2027-06-30T00:00:00Z"),
                List.of(new Emil3Document.Fee(new BigDecimal("1500.5"), null)), 30,
                new Emil3Document.PaceOfStudy(25, false), new Emil3Document.Distance(0, 1, 4, 0),
                new Emil3Document.Application(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 15), false));

        Emil3Mapping.OfferingPlan plan = Emil3Mapping.offering(event, NOW, TODAY, warnings::add);

        assertThat(plan.start()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(plan.end()).isEqualTo(LocalDate.of(2027, 1, 17));
        assertThat(plan.pace()).isEqualTo(Pace.percent(25));
        assertThat(plan.mode()).isEqualTo(StudyMode.DISTANCE);
        assertThat(plan.onSiteSessions()).isZero();
        assertThat(plan.remoteSessions()).isEqualTo(4);
        assertThat(plan.places()).isEqualTo(30);
        assertThat(plan.fee()).as("SEK when no currency").isEqualTo(new Fee(new BigDecimal("1500.50"), "SEK"));
        assertThat(plan.language()).isEqualTo("en");
        assertThat(plan.cancelled()).isFalse();
        assertThat(plan.window()).isEqualTo(ApplicationWindow.between(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 15)));
        assertThat(warnings).isEmpty();
    }

    @Test
    void anEventCancelledOrExpiredBecomesACancelledOffering() throws Exception {
        LocalDate start = LocalDate.of(2026, 8, 31);
        LocalDate end = start.plusMonths(4);

        assertThat(Emil3Mapping.offering(event(start, end, null, true, null), NOW, TODAY, warnings::add).cancelled()).isTrue();
        assertThat(Emil3Mapping.offering(event(start, end, null, false, NOW.minusSeconds(1)), NOW, TODAY, warnings::add)
                .cancelled()).isTrue();
        assertThat(Emil3Mapping.offering(event(start, end, null, false, NOW), NOW, TODAY, warnings::add).cancelled()).isTrue();
        assertThat(Emil3Mapping.offering(event(start, end, null, false, NOW.plusSeconds(1)), NOW, TODAY, warnings::add)
                .cancelled()).isFalse();
        assertThat(Emil3Mapping.offering(event(start, end, null, false, null), NOW, TODAY, warnings::add).cancelled()).isFalse();
    }

    @Test
    void rejectsAnEventWithoutDatesOrEndingBeforeItStarts() {
        LocalDate start = LocalDate.of(2026, 8, 31);

        assertThatThrownBy(() -> Emil3Mapping.offering(event(null, start, null, false, null), NOW, TODAY, warnings::add))
                .isInstanceOf(Emil3Mapping.Rejected.class).hasMessage("no execution start date");
        assertThatThrownBy(() -> Emil3Mapping.offering(event(start, null, null, false, null), NOW, TODAY, warnings::add))
                .isInstanceOf(Emil3Mapping.Rejected.class).hasMessage("no execution end date");
        assertThatThrownBy(() -> Emil3Mapping.offering(event(start, start.minusDays(1), null, false, null), NOW, TODAY,
                warnings::add)).isInstanceOf(Emil3Mapping.Rejected.class).hasMessageContaining("before it starts");
    }

    @Test
    void feesAndLanguagesOfInstruction() {
        assertThat(Emil3Mapping.fee(List.of(), warnings::add)).isEqualTo(Fee.free());
        assertThat(Emil3Mapping.fee(List.of(new Emil3Document.Fee(new BigDecimal("200"), "eur"),
                new Emil3Document.Fee(new BigDecimal("999"), "SEK")), warnings::add))
                .as("the first fee").isEqualTo(new Fee(new BigDecimal("200"), "EUR"));
        assertThat(Emil3Mapping.instructionLanguage(List.of(), warnings::add)).isEqualTo("sv");
        assertThat(Emil3Mapping.instructionLanguage(List.of("fin"), warnings::add)).isEqualTo("fi");
        assertThat(warnings).isEmpty();

        assertThat(Emil3Mapping.fee(List.of(new Emil3Document.Fee(new BigDecimal("200"), "kronor")), warnings::add))
                .isEqualTo(Fee.free());
        assertThat(Emil3Mapping.instructionLanguage(List.of("xxx", "eng"), warnings::add)).isEqualTo("en");
        assertThat(warnings).hasSize(2);
    }

    // ---- courses and providers ------------------------------------------------------------------

    @Test
    void mapsACourseWithTextsInTheLanguagesItHas() throws Exception {
        Emil3Document.Education education = new Emil3Document.Education("i.uoh.kau.fyga11", 3, "FYGA11",
                List.of(sv("Fysik I"), new Emil3Document.Text("eng", "Physics I")), List.of(sv("Grundkurs.")), "HS",
                List.of(new Emil3Document.Code("C_Subject_SUN", "441")), "hp", new BigDecimal("7.5"));

        Emil3Mapping.CoursePlan plan = Emil3Mapping.course(education, warnings::add);

        assertThat(plan.code().value()).isEqualTo("FYGA11");
        assertThat(plan.texts()).containsOnlyKeys("sv", "en");
        assertThat(plan.texts().get("sv")).isEqualTo(new CourseText("Fysik I", "Grundkurs."));
        assertThat(plan.texts().get("en")).isEqualTo(new CourseText("Physics I", ""));
        assertThat(plan.subject()).isEqualTo("sun-441");
        assertThat(plan.level()).isEqualTo(StudyLevel.UNIVERSITY);
        assertThat(plan.credits()).isEqualByComparingTo("7.5");
        assertThat(plan.creditSystem()).isEqualTo(CreditSystem.HP);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aCourseInOnlyOneLanguageKeepsThatOne() throws Exception {
        Emil3Document.Education english = new Emil3Document.Education("i.1", 1, null,
                List.of(new Emil3Document.Text("eng", "Mathematics 1a")), List.of(), "VUXGY", List.of(), null, null);

        Emil3Mapping.CoursePlan plan = Emil3Mapping.course(english, warnings::add);

        assertThat(plan.texts()).containsOnlyKeys("en");
        assertThat(plan.code().value()).as("derived from the identifier").isEqualTo("I.1");
        assertThat(plan.subject()).isEqualTo("other");
        assertThat(plan.creditSystem()).isEqualTo(CreditSystem.NONE);
        assertThat(plan.credits()).isNull();
    }

    @Test
    void skipsTextsInLanguagesWithoutAnIso6391CodeAndRejectsACourseWithoutTitle() throws Exception {
        Emil3Mapping.CoursePlan plan = Emil3Mapping.course(new Emil3Document.Education("i.1", 1, "X1",
                List.of(new Emil3Document.Text("smj", "Lulesamiska"), new Emil3Document.Text("fin", "Suomi"),
                        new Emil3Document.Text(null, "Utan språk")),
                List.of(), "HS", List.of(), null, null), warnings::add);
        assertThat(plan.texts()).containsOnlyKeys("fi", "sv");
        assertThat(warnings).singleElement().asString().contains("unknown language \"smj\"");

        assertThatThrownBy(() -> Emil3Mapping.course(new Emil3Document.Education("i.2", 1, "X2", List.of(), List.of(),
                "HS", List.of(), null, null), warnings::add)).isInstanceOf(Emil3Mapping.Rejected.class).hasMessage("no title");
        assertThatThrownBy(() -> Emil3Mapping.course(new Emil3Document.Education("i.3", 1, "X3",
                List.of(new Emil3Document.Text("smj", "Lulesamiska")), List.of(), "HS", List.of(), null, null), warnings::add))
                .isInstanceOf(Emil3Mapping.Rejected.class).hasMessageContaining("no title in a language");
    }

    @Test
    void creditSystems() {
        assertThat(Emil3Mapping.creditSystem(BigDecimal.TEN, "hp", warnings::add)).isEqualTo(CreditSystem.HP);
        assertThat(Emil3Mapping.creditSystem(BigDecimal.TEN, "yh", warnings::add)).isEqualTo(CreditSystem.YH);
        assertThat(Emil3Mapping.creditSystem(BigDecimal.TEN, "gy", warnings::add)).isEqualTo(CreditSystem.GY);
        assertThat(Emil3Mapping.creditSystem(BigDecimal.TEN, "fup", warnings::add)).isEqualTo(CreditSystem.FHS);
        assertThat(Emil3Mapping.creditSystem(BigDecimal.TEN, "vp", warnings::add)).isEqualTo(CreditSystem.NONE);
        assertThat(Emil3Mapping.creditSystem(BigDecimal.ZERO, "hp", warnings::add)).as("no credits").isEqualTo(CreditSystem.NONE);
        assertThat(Emil3Mapping.creditSystem(null, null, warnings::add)).isEqualTo(CreditSystem.NONE);
        assertThat(warnings).isEmpty();
        assertThat(Emil3Mapping.creditSystem(BigDecimal.TEN, "ects", warnings::add)).isEqualTo(CreditSystem.NONE);
        assertThat(warnings).singleElement().asString().contains("unknown credit system \"ects\"");
    }

    @Test
    void courseCodesAndSubjects() throws Exception {
        assertThat(Emil3Mapping.courseCode("ma 1201", "i.1", warnings::add).value()).isEqualTo("MA-1201");
        assertThat(warnings).singleElement().asString().contains("MA-1201");
        assertThat(Emil3Mapping.courseCode(null, "i.uoh.kau.an.extremely.long.identifier.of.a.course.2026", warnings::add)
                .value()).hasSizeLessThanOrEqualTo(40).endsWith("COURSE.2026");

        assertThat(Emil3Mapping.subject(List.of(new Emil3Document.Code("C_Subject_ISCED2013", "0613"),
                new Emil3Document.Code("C_Subject_SUN", "481A")))).isEqualTo("sun-481a");
        assertThat(Emil3Mapping.subject(List.of(new Emil3Document.Code("C_Subject_ISCED2013", "0613")))).isEqualTo("isced-0613");
        assertThat(Emil3Mapping.subject(List.of(new Emil3Document.Code("C_Subject_SUN", null)))).isEqualTo("other");
        assertThat(Emil3Mapping.subject(List.of())).isEqualTo("other");
    }

    @Test
    void aProviderIsNamedInSwedishElseEnglish() throws Exception {
        Emil3Mapping.ProviderPlan plan = Emil3Mapping.provider(new Emil3Document.Provider("p.1", 1,
                List.of(new Emil3Document.Text("eng", "Karlstad University"), sv("Karlstads universitet")),
                List.of(new Emil3Document.Text("swe", "https://www.kau.se"))), warnings::add);
        assertThat(plan).isEqualTo(new Emil3Mapping.ProviderPlan("Karlstads universitet", "https://www.kau.se"));

        assertThat(Emil3Mapping.provider(new Emil3Document.Provider("p.2", 1,
                List.of(new Emil3Document.Text("eng", "Only English")), List.of(new Emil3Document.Text(null, "kau.se"))),
                warnings::add)).isEqualTo(new Emil3Mapping.ProviderPlan("Only English", null));
        assertThat(warnings).singleElement().asString().contains("not a web address");

        assertThatThrownBy(() -> Emil3Mapping.provider(new Emil3Document.Provider("p.3", 1, List.of(), List.of()),
                warnings::add)).isInstanceOf(Emil3Mapping.Rejected.class).hasMessage("no name");
    }

    @Test
    void mapsIso6392LanguagesToIso6391() {
        assertThat(Emil3Mapping.language("swe")).contains("sv");
        assertThat(Emil3Mapping.language("eng")).contains("en");
        assertThat(Emil3Mapping.language("SWE")).contains("sv");
        assertThat(Emil3Mapping.language("ger")).contains("de");
        assertThat(Emil3Mapping.language("sv")).contains("sv");
        assertThat(Emil3Mapping.language("smj")).isEmpty();
        assertThat(Emil3Mapping.language(null)).isEmpty();
    }
}
