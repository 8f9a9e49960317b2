package se.larcentra.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.catalog.entity.OfferingStatus;
import se.larcentra.catalog.entity.Provider;
import se.larcentra.catalog.entity.ProviderType;
import se.larcentra.catalog.entity.StudyLevel;
import se.larcentra.catalog.entity.StudyMode;
import se.larcentra.centre.entity.GeoPoint;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Municipality;

class DemoCatalogGeneratorTest {

    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 26);
    private static Map<String, Municipality> municipalities;
    private static DemoCatalogGenerator.DemoCatalog demo;

    /** The reference data exactly as the migration loads it. */
    @BeforeAll
    static void generate() throws IOException {
        String sql;
        try (InputStream in = Municipality.class.getResourceAsStream("/db/migration/V2__municipalities.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var row = Pattern.compile("\\('(\\d{4})', '([^']+)', '([^']+)', (NULL|'[^']+'), '([^']+)', ([\\d.]+), ([\\d.]+)\\)")
                .matcher(sql);
        Map<String, Municipality> byCode = new HashMap<>();
        while (row.find()) {
            String group = row.group(4).equals("NULL") ? null : row.group(4).replace("'", "");
            byCode.put(row.group(1), new Municipality(row.group(1), row.group(2), row.group(3), group, row.group(5),
                    new GeoPoint(Double.parseDouble(row.group(6)), Double.parseDouble(row.group(7)))));
        }
        municipalities = byCode;
        demo = new DemoCatalogGenerator(municipalities, ANCHOR).generate();
    }

    @Test
    void hasACentreWithinFiveKilometresOfEveryMainTown() {
        assertThat(municipalities).hasSize(18);
        for (Municipality m : municipalities.values()) {
            assertThat(demo.centres())
                    .as("a centre near %s", m.getMainTown())
                    .anySatisfy(c -> {
                        assertThat(c.getMunicipality()).isEqualTo(m);
                        assertThat(c.getLocation().distanceKm(m.getMainTownLocation())).isLessThan(5.0);
                    });
        }
    }

    @Test
    void everyCentreHasTwoToSixRoomsIncludingAnExamRoom() {
        Map<LearningCentre, List<se.larcentra.centre.entity.Room>> byCentre = demo.rooms().stream()
                .collect(Collectors.groupingBy(se.larcentra.centre.entity.Room::getCentre));
        assertThat(byCentre).hasSameSizeAs(demo.centres());
        byCentre.forEach((centre, rooms) -> {
            assertThat(rooms).hasSizeBetween(2, 6);
            assertThat(rooms).anyMatch(r -> r.getType() == se.larcentra.centre.entity.RoomType.EXAM_ROOM);
            assertThat(centre.getOpeningHours()).isNotEmpty();
        });
    }

    @Test
    void hasAtLeastTenProvidersOfEveryType() {
        assertThat(demo.providers()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(demo.providers()).extracting(Provider::getType).containsAll(EnumSet.allOf(ProviderType.class));
    }

    @Test
    void hasThreeHundredCoursesAndSixHundredOfferingsSpreadOverTheCatalogue() {
        assertThat(demo.courses()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(demo.offerings()).hasSizeGreaterThanOrEqualTo(600);
        assertThat(demo.courses()).allSatisfy(c -> {
            assertThat(c.getTexts()).containsKeys("sv", "en");
            assertThat(c.title("sv")).isNotBlank();
            assertThat(c.text("en").description()).isNotBlank();
        });
        assertThat(demo.courses().stream().map(c -> c.getLevel()).collect(Collectors.toSet()))
                .containsAll(EnumSet.allOf(StudyLevel.class));
        assertThat(demo.courses().stream().map(c -> c.getSubject()).distinct().count()).isGreaterThanOrEqualTo(15);
        assertThat(demo.offerings().stream().map(Offering::getMode).collect(Collectors.toSet()))
                .containsAll(EnumSet.allOf(StudyMode.class));
        assertThat(demo.offerings().stream().map(o -> o.getPace().toString()).collect(Collectors.toSet()))
                .contains("25%", "50%", "100%", "individual");
        assertThat(demo.offerings()).allSatisfy(o -> assertThat(o.getHostingCentres()).isNotEmpty());
    }

    @Test
    void alwaysHasOfferingsOpenForApplicationAndStartingInTheComingMonths() {
        Instant now = ANCHOR.atTime(12, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant();
        Map<OfferingStatus, Long> byStatus = demo.offerings().stream()
                .collect(Collectors.groupingBy(o -> o.statusAt(now), Collectors.counting()));
        assertThat(byStatus.getOrDefault(OfferingStatus.OPEN_FOR_APPLICATION, 0L)).isGreaterThanOrEqualTo(50);
        assertThat(byStatus.getOrDefault(OfferingStatus.RUNNING, 0L)).isGreaterThanOrEqualTo(20);
        assertThat(byStatus.getOrDefault(OfferingStatus.PLANNED, 0L)).isGreaterThanOrEqualTo(20);
        assertThat(demo.offerings()).anyMatch(o -> o.getStartDate().isAfter(ANCHOR)
                && o.getStartDate().isBefore(ANCHOR.plusMonths(3)));
    }

    @Test
    void isDeterministicForOneAnchorDay() {
        var again = new DemoCatalogGenerator(municipalities, ANCHOR).generate();
        Function<DemoCatalogGenerator.DemoCatalog, List<String>> fingerprint = d -> d.offerings().stream()
                .map(o -> o.getCourse().title("sv") + "|" + o.getStartDate() + "|" + o.getPace() + "|" + o.getMode()
                        + "|" + o.getPlaces() + "|" + o.getHostingCentres().size())
                .toList();
        assertThat(fingerprint.apply(again)).isEqualTo(fingerprint.apply(demo));
    }
}
