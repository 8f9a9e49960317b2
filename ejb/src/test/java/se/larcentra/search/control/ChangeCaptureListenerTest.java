package se.larcentra.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import se.larcentra.centre.entity.GeoPoint;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Municipality;
import se.larcentra.centre.entity.OpeningHours;
import se.larcentra.centre.entity.Room;
import se.larcentra.centre.entity.RoomType;
import se.larcentra.search.control.PersistenceUnitOnH2.LoggedChange;

/**
 * The change capture on EclipseLink itself (the version Payara ships), on H2 with the real schema:
 * what each kind of write leaves in the change log, and what is refused. The server's JTA
 * transactions and weaving are covered by {@code SearchChangeCaptureIT}.
 */
class ChangeCaptureListenerTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path directory;

    private PersistenceUnitOnH2 unit;
    private long centre;
    private long otherCentre;
    private long provider;
    private long course;
    private long offering;

    @BeforeEach
    void seed() {
        unit = new PersistenceUnitOnH2(directory);
        ChangeCaptureListener.installOn(unit.factory(), Clock.fixed(NOW, ZoneOffset.UTC));
        unit.inTransaction(em -> {
            LearningCentre first = centre(em, "Lärcentrum Torsby");
            LearningCentre second = centre(em, "Lärcentrum Sysslebäck");
            Provider university = new Provider("Testuniversitetet", ProviderType.UNIVERSITY);
            em.persist(university);
            Course physics = new Course(university, new CourseCode("FY1"), Map.of("sv", new CourseText("Fysik", "Om fysik")),
                    "physics", StudyLevel.UNIVERSITY);
            em.persist(physics);
            Offering run = new Offering(physics, LocalDate.of(2027, 1, 18), LocalDate.of(2027, 6, 4), Pace.percent(50),
                    StudyMode.DISTANCE, ApplicationWindow.continuous());
            run.hostAt(List.of(first));
            em.persist(run);
            em.flush();
            centre = first.getId();
            otherCentre = second.getId();
            provider = university.getId();
            course = physics.getId();
            offering = run.getId();
            return null;
        });
    }

    @AfterEach
    void close() {
        unit.close();
    }

    @Test
    void everyNewRecordAnOfferingShowsIsLoggedWithTheClocksTime() {
        assertThat(unit.changeLog()).extracting(LoggedChange::kind, LoggedChange::entityId).containsExactlyInAnyOrder(
                tuple("CENTRE", centre), tuple("CENTRE", otherCentre), tuple("PROVIDER", provider),
                tuple("COURSE", course), tuple("OFFERING", offering));
        assertThat(unit.changeLog()).extracting(LoggedChange::changedAt).containsOnly(NOW);
    }

    @Test
    void aChangeOfOnlyTheHostingCentresIsLogged() {
        List<LoggedChange> before = unit.changeLog();
        unit.inTransaction(em -> {
            em.find(Offering.class, offering).hostAt(List.of(em.find(LearningCentre.class, centre),
                    em.find(LearningCentre.class, otherCentre)));
            return null;
        });
        assertThat(loggedSince(before)).containsExactly(tuple("OFFERING", offering));
    }

    @Test
    void aChangeOfOnlyACoursesTextsIsLogged() {
        List<LoggedChange> before = unit.changeLog();
        unit.inTransaction(em -> {
            em.find(Course.class, course).describe(Map.of("sv", new CourseText("Fysik 1", "Om fysik")));
            return null;
        });
        assertThat(loggedSince(before)).containsExactly(tuple("COURSE", course));
    }

    @Test
    void aChangeOfOnlyACentresNamesIsLogged() {
        List<LoggedChange> before = unit.changeLog();
        unit.inTransaction(em -> {
            em.find(LearningCentre.class, otherCentre).rename(Map.of("sv", "Lärcentrum Sysslebäck", "en", "Sysslebäck Learning Centre"));
            return null;
        });
        assertThat(loggedSince(before)).containsExactly(tuple("CENTRE", otherCentre));
    }

    @Test
    void aDeletionIsLogged() {
        List<LoggedChange> before = unit.changeLog();
        unit.inTransaction(em -> {
            em.remove(em.find(Offering.class, offering));
            return null;
        });
        assertThat(loggedSince(before)).containsExactly(tuple("OFFERING", offering));
    }

    @Test
    void aWriteThatChangesNothingIsNotLogged() {
        List<LoggedChange> before = unit.changeLog();
        unit.inTransaction(em -> {
            em.find(Course.class, course).describe(Map.of("sv", new CourseText("Fysik", "Om fysik")));
            em.find(Offering.class, offering).hostAt(List.of(em.find(LearningCentre.class, centre)));
            return null;
        });
        assertThat(loggedSince(before)).isEmpty();
    }

    @Test
    void recordsSearchDoesNotShowAreNotLogged() {
        long room = unit.inTransaction(em -> {
            Room created = em.find(LearningCentre.class, centre).addRoom(Map.of("sv", "Rum 1"), RoomType.STUDY_ROOM, 4, Set.of());
            em.persist(created);
            em.flush();
            return created.getId();
        });
        List<LoggedChange> before = unit.changeLog();
        unit.inTransaction(em -> {
            em.find(Room.class, room).deactivate();
            return null;
        });
        assertThat(loggedSince(before)).isEmpty();
    }

    @Test
    void eachFlushLogsItsOwnChangesOnceAndNothingUntilItCommits() {
        List<LoggedChange> before = unit.changeLog();
        EntityManager em = unit.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            em.find(Provider.class, provider).change("Testuniversitetet i Värmland", ProviderType.UNIVERSITY);
            em.flush();
            assertThat(loggedSince(before)).as("written in the changing transaction, unseen until it commits").isEmpty();
            em.find(Course.class, course).classify("mathematics", StudyLevel.UNIVERSITY);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        assertThat(loggedSince(before)).containsExactlyInAnyOrder(tuple("PROVIDER", provider), tuple("COURSE", course));
    }

    @Test
    void aRolledBackChangeLeavesNoRow() {
        List<LoggedChange> before = unit.changeLog();
        EntityManager em = unit.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            em.find(Offering.class, offering).offerPlaces(12);
            em.flush();
            em.getTransaction().rollback();
        } finally {
            em.close();
        }
        assertThat(loggedSince(before)).isEmpty();
    }

    @Test
    void aBulkJpqlUpdateOfAWatchedEntityIsRefusedAndChangesNothing() {
        List<LoggedChange> before = unit.changeLog();
        assertThatThrownBy(() -> unit.inTransaction(em -> em.createQuery("UPDATE Offering o SET o.places = 3").executeUpdate()))
                .hasRootCauseInstanceOf(WriteHiddenFromSearchException.class)
                .rootCause().hasMessageContaining("Offering");
        Optional<Integer> places = unit.inTransaction(em -> em.find(Offering.class, offering).getPlaces());
        assertThat(places).isEmpty();
        assertThat(loggedSince(before)).isEmpty();
    }

    @Test
    void aBulkJpqlUpdateOfRecordsSearchDoesNotShowRuns() {
        int updated = unit.inTransaction(em -> em.createQuery("UPDATE OutboxMessage m SET m.body = NULL WHERE m.id < 0").executeUpdate());
        assertThat(updated).isZero();
    }

    @Test
    void sqlWritingWhatSearchShowsIsRefused() {
        List<String> hidden = List.of(
                "UPDATE offering SET places = 3 WHERE id = " + offering,
                "UPDATE course_text SET title = 'Kemi' WHERE course_id = " + course,
                "DELETE FROM offering_centre WHERE offering_id = " + offering,
                "UPDATE centre_name SET name = 'X' WHERE centre_id = " + centre,
                "UPDATE provider SET name = 'X'",
                "UPDATE enrolment SET status = 'WITHDRAWN' WHERE offering_id = " + offering);
        for (String sql : hidden) {
            assertThatThrownBy(() -> unit.inTransaction(em -> em.createNativeQuery(sql).executeUpdate()))
                    .as(sql).hasRootCauseInstanceOf(WriteHiddenFromSearchException.class);
        }
        String title = unit.inTransaction(em -> em.find(Course.class, course).title("sv"));
        assertThat(title).isEqualTo("Fysik");
    }

    @Test
    void theEnrolmentComponentsSeatCountSqlAndSqlOnOtherTablesRun() {
        int seats = unit.inTransaction(em -> em.createNativeQuery(
                "UPDATE offering SET admitted_count = admitted_count + ?, waitlist_count = waitlist_count + ? WHERE id = ?")
                .setParameter(1, 1).setParameter(2, 0).setParameter(3, offering).executeUpdate());
        int ticket = unit.inTransaction(em -> em.createNativeQuery("UPDATE offering SET waitlist_counter = waitlist_counter + 1 WHERE id = ?")
                .setParameter(1, offering).executeUpdate());
        int hours = unit.inTransaction(em -> em.createNativeQuery("DELETE FROM centre_opening_hours WHERE centre_id = ?")
                .setParameter(1, centre).executeUpdate());
        List<?> locked = unit.inTransaction(em -> em.createNativeQuery("SELECT places FROM offering WHERE id = ? FOR UPDATE")
                .setParameter(1, offering).getResultList());

        assertThat(seats).isEqualTo(1);
        assertThat(ticket).isEqualTo(1);
        assertThat(hours).isZero();
        assertThat(locked).hasSize(1);
    }

    @Test
    void aChangeOfADetailOfAWatchedRecordThatSearchDoesNotShowIsLoggedAnyway() {
        List<LoggedChange> before = unit.changeLog();
        unit.inTransaction(em -> {
            em.find(LearningCentre.class, centre).setOpeningHours(List.of(new OpeningHours(DayOfWeek.MONDAY,
                    LocalTime.of(8, 0), LocalTime.of(16, 0))));
            return null;
        });
        // A needless re-reading of the centre's offerings, never a missed change.
        assertThat(loggedSince(before)).containsExactly(tuple("CENTRE", centre));
    }

    private List<org.assertj.core.groups.Tuple> loggedSince(List<LoggedChange> before) {
        return unit.changeLog().stream().filter(row -> !before.contains(row))
                .map(row -> tuple(row.kind(), row.entityId())).toList();
    }

    private static LearningCentre centre(EntityManager em, String name) {
        LearningCentre centre = new LearningCentre(em.find(Municipality.class, "1737"), Map.of("sv", name),
                new Address("Storgatan 1", "685 30", "Torsby"), new GeoPoint(60.136, 12.999));
        em.persist(centre);
        return centre;
    }
}
