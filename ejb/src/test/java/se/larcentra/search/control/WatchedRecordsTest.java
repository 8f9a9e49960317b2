package se.larcentra.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.AccountStatus;
import se.larcentra.account.entity.Role;
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
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Room;
import se.larcentra.enrolment.entity.Enrolment;
import se.larcentra.mail.entity.OutboxMessage;
import se.larcentra.search.control.SqlWrites.Write;
import se.larcentra.search.entity.SearchChange.Kind;

class WatchedRecordsTest {

    @Test
    void eachRecordAnOfferingsDocumentShowsIsLoggedUnderItsOwnKind() {
        assertThat(WatchedRecords.changeOf(Offering.class, 7L, () -> null)).contains(new WatchedRecords.Change(Kind.OFFERING, 7));
        assertThat(WatchedRecords.changeOf(Course.class, 8L, () -> null)).contains(new WatchedRecords.Change(Kind.COURSE, 8));
        assertThat(WatchedRecords.changeOf(Provider.class, 9L, () -> null)).contains(new WatchedRecords.Change(Kind.PROVIDER, 9));
        assertThat(WatchedRecords.changeOf(LearningCentre.class, 10L, () -> null)).contains(new WatchedRecords.Change(Kind.CENTRE, 10));
    }

    @Test
    void anEnrolmentIsLoggedAsAChangeOfItsOfferingWhoseSeatsItMoves() throws Exception {
        Offering offering = offering();
        setId(offering, Offering.class, 31L);
        Enrolment enrolment = new Enrolment(offering, new Account("anna", "anna@example.org", "Anna", "sv",
                EnumSet.of(Role.LEARNER), AccountStatus.ACTIVE), Instant.parse("2026-11-26T10:00:00Z"));

        assertThat(WatchedRecords.changeOf(Enrolment.class, 5L, () -> enrolment)).contains(new WatchedRecords.Change(Kind.OFFERING, 31));
        assertThat(WatchedRecords.isWatched(Enrolment.class)).isTrue();
    }

    @Test
    void recordsSearchDoesNotShowAreNotLogged() {
        assertThat(WatchedRecords.changeOf(Room.class, 1L, () -> null)).isEmpty();
        assertThat(WatchedRecords.changeOf(OutboxMessage.class, 1L, () -> null)).isEmpty();
        assertThat(WatchedRecords.isWatched(Room.class)).isFalse();
    }

    @Test
    void sqlWritingWhatSearchShowsIsHiddenFromIt() {
        assertThat(WatchedRecords.isHiddenFromSearch(new Write("offering", Optional.of(Set.of("places"))))).isTrue();
        assertThat(WatchedRecords.isHiddenFromSearch(new Write("offering", Optional.empty()))).isTrue();
        assertThat(WatchedRecords.isHiddenFromSearch(new Write("offering_centre", Optional.empty()))).isTrue();
        assertThat(WatchedRecords.isHiddenFromSearch(new Write("course_text", Optional.of(Set.of("title"))))).isTrue();
        assertThat(WatchedRecords.isHiddenFromSearch(new Write("centre_name", Optional.empty()))).isTrue();
        assertThat(WatchedRecords.isHiddenFromSearch(new Write("enrolment", Optional.of(Set.of("status"))))).isTrue();
        assertThat(WatchedRecords.isHiddenFromSearch(new Write("enrolment", Optional.empty()))).isTrue();
    }

    @Test
    void theSeatCountsTheEnrolmentsKeepAndTablesSearchDoesNotShowAreNot() {
        assertThat(WatchedRecords.isHiddenFromSearch(new Write("offering",
                Optional.of(Set.of("admitted_count", "waitlist_count"))))).as("they follow enrolments, which are watched").isFalse();
        assertThat(WatchedRecords.isHiddenFromSearch(new Write("offering", Optional.of(Set.of("waitlist_counter"))))).isFalse();
        assertThat(WatchedRecords.isHiddenFromSearch(new Write("offering",
                Optional.of(Set.of("admitted_count", "places"))))).as("one column search shows is enough").isTrue();
        assertThat(WatchedRecords.isHiddenFromSearch(new Write("enrolment", Optional.of(Set.of("waitlist_ticket"))))).isFalse();
        assertThat(WatchedRecords.isHiddenFromSearch(new Write("centre_opening_hours", Optional.empty()))).isFalse();
        assertThat(WatchedRecords.isHiddenFromSearch(new Write("audit_log", Optional.empty()))).isFalse();
    }

    private static Offering offering() {
        Course course = new Course(new Provider("Uni", ProviderType.UNIVERSITY), new CourseCode("X1"),
                Map.of("sv", new CourseText("Kurs", "Om kursen")), "history", StudyLevel.UNIVERSITY);
        return new Offering(course, LocalDate.of(2027, 1, 18), LocalDate.of(2027, 6, 4), Pace.percent(50),
                StudyMode.DISTANCE, ApplicationWindow.continuous());
    }

    private static void setId(Object entity, Class<?> type, long id) throws ReflectiveOperationException {
        Field field = type.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }
}
