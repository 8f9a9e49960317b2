package se.larcentra.enrolment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
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

class EnrolmentTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static Enrolment enrolment() throws Exception {
        Account learner = new Account("anna", "anna@example.org", "Anna", "sv", EnumSet.of(Role.LEARNER), AccountStatus.ACTIVE);
        Field id = Account.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(learner, 42L);
        Course course = new Course(new Provider("Uni", ProviderType.UNIVERSITY), new CourseCode("X1"),
                Map.of("sv", new CourseText("Kurs", "Om kursen")), "history", StudyLevel.UNIVERSITY);
        Offering offering = new Offering(course, LocalDate.of(2027, 1, 18), LocalDate.of(2027, 6, 4), Pace.percent(50),
                StudyMode.DISTANCE, ApplicationWindow.continuous());
        return new Enrolment(offering, learner, NOW);
    }

    @Test
    void eachMoveIsWrittenToTheHistoryWithWhoAndWhy() throws Exception {
        Enrolment e = enrolment();
        e.moveTo(EnrolmentStatus.WAITLISTED, 7L, NOW, "anna", null);
        e.moveTo(EnrolmentStatus.ADMITTED, null, NOW.plusSeconds(60), EnrolmentEvent.SYSTEM, "a place became free");
        assertThat(e.getStatus()).isEqualTo(EnrolmentStatus.ADMITTED);
        assertThat(e.getWaitlistTicket()).isEmpty();
        assertThat(e.getHistory()).extracting(EnrolmentEvent::getStatus)
                .containsExactly(EnrolmentStatus.WAITLISTED, EnrolmentStatus.ADMITTED);
        assertThat(e.getHistory().get(1).getActor()).isEqualTo("system");
        assertThat(e.getHistory().get(1).getReason()).contains("a place became free");
    }

    @Test
    void aWaitlistedEnrolmentAndOnlyThatHasATicket() throws Exception {
        assertThatThrownBy(() -> enrolment().moveTo(EnrolmentStatus.WAITLISTED, null, NOW, "anna", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> enrolment().moveTo(EnrolmentStatus.ADMITTED, 3L, NOW, "anna", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEndedEnrolmentDoesNotMoveAgain() throws Exception {
        Enrolment e = enrolment();
        e.moveTo(EnrolmentStatus.ADMITTED, null, NOW, "anna", null);
        e.moveTo(EnrolmentStatus.WITHDRAWN, null, NOW, "anna", null);
        assertThatThrownBy(() -> e.moveTo(EnrolmentStatus.ADMITTED, null, NOW, "anna", null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAdmittedWaitlistedAndPendingAreActive() {
        assertThat(EnumSet.allOf(EnrolmentStatus.class).stream().filter(EnrolmentStatus::isActive))
                .containsExactlyInAnyOrder(EnrolmentStatus.ADMITTED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.PENDING_APPROVAL);
    }
}
