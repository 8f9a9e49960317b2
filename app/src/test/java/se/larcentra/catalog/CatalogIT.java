package se.larcentra.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.larcentra.catalog.boundary.Catalog;
import se.larcentra.catalog.boundary.CentreNotFoundException;
import se.larcentra.catalog.boundary.OfferingNotFoundException;
import se.larcentra.catalog.boundary.OfferingOrder;
import se.larcentra.catalog.entity.ApplicationWindow;
import se.larcentra.catalog.entity.Course;
import se.larcentra.catalog.entity.CourseCode;
import se.larcentra.catalog.entity.CourseText;
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
import se.larcentra.platform.boundary.ResultPage;
import se.larcentra.platform.entity.ExternalRef;
import se.larcentra.system.Deployments;
import se.larcentra.system.Transactions;

/**
 * The Catalog boundary in the running server, against the real database (H2 by default, PostgreSQL
 * when the IT domain is configured for it). Each test seeds its own records under a fresh source key.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTestClasses(CatalogIT.class, Transactions.class);
    }

    @Inject
    Catalog catalog;

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "jdbc/larcentra")
    DataSource dataSource;

    private final String source = "it-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void migrationsRanAndLoadedTheEighteenMunicipalities() throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*), SUM(CASE WHEN \"success\" THEN 1 ELSE 0 END) FROM \"flyway_schema_history\"")) {
            rows.next();
            assertThat(rows.getInt(1)).isGreaterThanOrEqualTo(2);
            assertThat(rows.getInt(2)).isEqualTo(rows.getInt(1));
        }
        List<Municipality> municipalities = catalog.municipalities();
        assertThat(municipalities).hasSize(18);
        assertThat(municipalities).extracting(Municipality::getCode).contains("1737", "1780", "1883", "1862");
        assertThat(municipalities).filteredOn(m -> m.getCode().equals("1737")).singleElement()
                .satisfies(torsby -> {
                    assertThat(torsby.getName()).isEqualTo("Torsby");
                    assertThat(torsby.getRegionGroup()).isEqualTo("Norra Värmland");
                    assertThat(torsby.getMainTownLocation().latitude()).isEqualTo(60.1360);
                });
    }

    @Test
    void returnsACentreWithItsRoomsOpeningHoursAndTimestamps() throws Exception {
        long id = inTransaction(() -> {
            LearningCentre centre = new LearningCentre(em.find(Municipality.class, "1737"),
                    Map.of("sv", "Testcentrum " + source, "en", "Test centre " + source),
                    new Address("Järnvägsgatan 8", "685 30", "Torsby"), new GeoPoint(60.134, 13.0));
            centre.setOpeningHours(List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(16, 0))));
            centre.identifyAs(new ExternalRef(source, "centre"));
            em.persist(centre);
            em.persist(centre.addRoom(Map.of("sv", "Tentamenssalen"), RoomType.EXAM_ROOM, 12, EnumSet.of(Equipment.HEARING_LOOP)));
            em.persist(centre.addRoom(Map.of("sv", "Studierum 1", "en", "Study room 1"), RoomType.STUDY_ROOM, 2,
                    EnumSet.noneOf(Equipment.class)));
            return centre.getId();
        });

        LearningCentre found = catalog.getCentre(id);

        assertThat(found.name("en")).isEqualTo("Test centre " + source);
        assertThat(found.getMunicipality().getCode()).isEqualTo("1737");
        assertThat(found.getAddress().postalCode()).isEqualTo("685 30");
        assertThat(found.getOpeningHours()).singleElement().satisfies(h -> {
            assertThat(h.day()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(h.closes()).isEqualTo(LocalTime.of(16, 0));
        });
        assertThat(found.getRooms()).extracting(Room::getType).containsExactly(RoomType.EXAM_ROOM, RoomType.STUDY_ROOM);
        assertThat(found.getRooms().get(0).name("en")).as("falls back to Swedish").isEqualTo("Tentamenssalen");
        assertThat(found.getRooms().get(0).getEquipment()).containsExactly(Equipment.HEARING_LOOP);
        assertThat(found.getCreatedAt()).isNotNull().isEqualTo(found.getUpdatedAt());
        assertThat(catalog.centres()).extracting(LearningCentre::getId).contains(id);
    }

    @Test
    void unknownIdsAreEmptyOrATypedNotFound() {
        assertThat(catalog.findOffering(Long.MAX_VALUE)).isEmpty();
        assertThat(catalog.findOffering(-1)).isEmpty();
        assertThatThrownBy(() -> catalog.getOffering(Long.MAX_VALUE)).isInstanceOf(OfferingNotFoundException.class);
        assertThatThrownBy(() -> catalog.getCentre(0)).isInstanceOf(CentreNotFoundException.class);
    }

    @Test
    void anOfferingComesWithItsCourseProviderAndHostingCentres() throws Exception {
        List<Long> ids = seedOfferings(Map.of("sv", "Ittest Älgens ekologi"), LocalDate.now().plusDays(40));
        Offering offering = catalog.getOffering(ids.get(0));
        assertThat(offering.getCourse().title("sv")).isEqualTo("Ittest Älgens ekologi");
        assertThat(offering.getCourse().title("en")).as("falls back to Swedish").isEqualTo("Ittest Älgens ekologi");
        assertThat(offering.getCourse().getProvider().getName()).isEqualTo("Provider " + source);
        assertThat(offering.getHostingCentres()).isNotEmpty();
        assertThat(offering.getHostingCentres().get(0).getMunicipality().getName()).isNotBlank();
        assertThat(offering.getPace()).isEqualTo(Pace.percent(50));
        assertThat(offering.getExternalRef()).contains(new ExternalRef(source, "offering-0"));
    }

    @Test
    void pagesThroughAllOfferingsByStartDateWithoutRepeatsOrGaps() throws Exception {
        seedOfferings(Map.of("sv", "Ittest sidning"), LocalDate.now().plusDays(10));
        long total = catalog.offeringCount();
        List<Offering> all = new ArrayList<>();
        int size = 37;
        for (int page = 0; ; page++) {
            ResultPage<Offering> result = catalog.offerings(page, size, OfferingOrder.START_DATE_ASC, "sv");
            assertThat(result.total()).isEqualTo(total);
            all.addAll(result.items());
            if (result.items().size() < size) {
                break;
            }
        }
        assertThat(all).hasSize((int) total);
        assertThat(new HashSet<>(all.stream().map(Offering::getId).toList())).hasSize((int) total);
        for (int i = 1; i < all.size(); i++) {
            Offering before = all.get(i - 1);
            Offering after = all.get(i);
            assertThat(before.getStartDate().isBefore(after.getStartDate())
                    || before.getStartDate().equals(after.getStartDate()) && before.getId() < after.getId())
                    .as("%s before %s", before.getId(), after.getId()).isTrue();
        }
        assertThat(catalog.offerings((int) (total / size) + 5, size, OfferingOrder.START_DATE_ASC, "sv").items()).isEmpty();
    }

    @Test
    void ordersByTitleInTheAskedLanguageFallingBackToSwedish() throws Exception {
        long ceder = seedOfferings(Map.of("sv", "Ittest " + source + " Ceder", "en", "Ittest " + source + " Alder"),
                LocalDate.now().plusDays(20)).get(0);
        long bjork = seedOfferings(Map.of("sv", "Ittest " + source + " Björk", "en", "Ittest " + source + " Birch"),
                LocalDate.now().plusDays(20)).get(0);
        long ask = seedOfferings(Map.of("sv", "Ittest " + source + " Ask"), LocalDate.now().plusDays(20)).get(0);

        assertThat(positionsOf(OfferingOrder.TITLE_ASC, "sv", ceder, bjork, ask)).containsExactly(ask, bjork, ceder);
        assertThat(positionsOf(OfferingOrder.TITLE_ASC, "en", ceder, bjork, ask)).containsExactly(ceder, ask, bjork);
        assertThat(positionsOf(OfferingOrder.TITLE_DESC, "en", ceder, bjork, ask)).containsExactly(bjork, ask, ceder);
    }

    @Test
    void ordersTitlesInSwedishAlphabeticalOrder() throws Exception {
        long ard = seedOfferings(Map.of("sv", "Ittest " + source + " Ärtodling"), LocalDate.now().plusDays(20)).get(0);
        long aker = seedOfferings(Map.of("sv", "Ittest " + source + " Åkerbruk"), LocalDate.now().plusDays(20)).get(0);
        long zoo = seedOfferings(Map.of("sv", "Ittest " + source + " Zoologi"), LocalDate.now().plusDays(20)).get(0);
        long odl = seedOfferings(Map.of("sv", "Ittest " + source + " Ödlor"), LocalDate.now().plusDays(20)).get(0);

        assertThat(positionsOf(OfferingOrder.TITLE_ASC, "sv", ard, aker, zoo, odl)).containsExactly(zoo, aker, ard, odl);
    }

    @Test
    void listsCentresInSwedishAlphabeticalOrderOfTheirMunicipalities() {
        List<String> names = catalog.centres().stream().map(c -> c.getMunicipality().getName()).distinct().toList();
        assertThat(names).contains("Årjäng", "Säffle", "Arvika");
        assertThat(names.indexOf("Årjäng")).isGreaterThan(names.indexOf("Torsby"));
        assertThat(names.indexOf("Arvika")).isZero();
    }

    @Test
    void rejectsInvalidPaging() {
        assertThatThrownBy(() -> catalog.offerings(-1, 20, OfferingOrder.START_DATE_ASC, "sv"))
                .isInstanceOf(EJBException.class).hasRootCauseInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> catalog.offerings(0, Catalog.MAX_PAGE_SIZE + 1, OfferingOrder.START_DATE_ASC, "sv"))
                .isInstanceOf(EJBException.class).hasRootCauseInstanceOf(ConstraintViolationException.class);
    }

    /** The ids of the given offerings in the order the whole list has them. */
    private List<Long> positionsOf(OfferingOrder order, String language, Long... ids) {
        List<Long> wanted = List.of(ids);
        List<Long> seen = new ArrayList<>();
        for (int page = 0; ; page++) {
            ResultPage<Offering> result = catalog.offerings(page, Catalog.MAX_PAGE_SIZE, order, language);
            result.items().stream().map(Offering::getId).filter(wanted::contains).forEach(seen::add);
            if (result.items().size() < Catalog.MAX_PAGE_SIZE) {
                return seen;
            }
        }
    }

    private List<Long> seedOfferings(Map<String, String> titles, LocalDate start) throws Exception {
        return inTransaction(() -> {
            Provider provider = new Provider("Provider " + source, ProviderType.UNIVERSITY);
            provider.identifyAs(new ExternalRef(source, "provider-" + UUID.randomUUID()));
            em.persist(provider);
            Map<String, CourseText> texts = new HashMap<>();
            titles.forEach((language, title) -> texts.put(language, new CourseText(title, "Beskrivning")));
            Course course = new Course(provider, new CourseCode("IT" + source.substring(3)), texts, "environment",
                    StudyLevel.UNIVERSITY);
            em.persist(course);
            Offering offering = new Offering(course, start, start.plusWeeks(10), Pace.percent(50), StudyMode.DISTANCE,
                    ApplicationWindow.continuous());
            offering.hostAt(em.createNamedQuery("LearningCentre.active", LearningCentre.class).setMaxResults(2).getResultList());
            offering.offerPlaces(30);
            offering.identifyAs(new ExternalRef(source, "offering-" + em.createQuery(
                    "SELECT COUNT(o) FROM Offering o WHERE o.externalRef.source = :s", Long.class)
                    .setParameter("s", source).getSingleResult()));
            em.persist(offering);
            return List.of(offering.getId());
        });
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return Transactions.inTransaction(tx, work);
    }
}
