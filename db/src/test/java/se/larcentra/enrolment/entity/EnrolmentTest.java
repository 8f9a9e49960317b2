package se.larcentra.enrolment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
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

class EnrolmentTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static final Course COURSE = new Course(new Provider("Uni", ProviderType.UNIVERSITY), new CourseCode("X1"),
            Map.of("sv", new CourseText("Kurs", "Om kursen")), "history", StudyLevel.UNIVERSITY);

    private static Account learner() throws Exception {
        Account learner = new Account("anna", "anna@example.org", "Anna", "sv", EnumSet.of(Role.LEARNER), AccountStatus.ACTIVE);
        Field id = Account.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(learner, 42L);
        return learner;
    }

    /** An offering of the course starting in 2027, taking applications now when {@code open}. */
    private static Offering offering(Course course, boolean open) {
        ApplicationWindow window = open ? ApplicationWindow.continuous()
                : ApplicationWindow.between(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15));
        return new Offering(course, LocalDate.of(2027, 1, 18), LocalDate.of(2027, 6, 4), Pace.percent(50),
                StudyMode.DISTANCE, window);
    }

    private static Enrolment enrolment() throws Exception {
        return new Enrolment(offering(COURSE, true), learner(), NOW);
    }

    /** An enrolment in {@code state}, reached the way the service reaches it. */
    private static Enrolment in(EnrolmentStatus state) throws Exception {
        Enrolment e = enrolment();
        switch (state) {
            case ADMITTED, PENDING_APPROVAL -> e.moveTo(state, null, NOW, "anna", null);
            case WAITLISTED -> e.moveTo(state, 1L, NOW, "anna", null);
            case REJECTED -> {
                e.moveTo(EnrolmentStatus.PENDING_APPROVAL, null, NOW, "anna", null);
                e.moveTo(state, null, NOW, "teacher", "full");
            }
            case NOT_ADMITTED -> {
                e.moveTo(EnrolmentStatus.WAITLISTED, 1L, NOW, "anna", null);
                e.moveTo(state, null, NOW, "system", "the offering started");
            }
            default -> {
                e.moveTo(EnrolmentStatus.ADMITTED, null, NOW, "anna", null);
                e.moveTo(state, null, NOW, "system", "why");
            }
        }
        return e;
    }

    @Test
    void everyTransitionTheStateMachineAllowsAndNoOther() throws Exception {
        Map<EnrolmentStatus, Set<EnrolmentStatus>> allowed = Map.of(
                EnrolmentStatus.PENDING_APPROVAL, EnumSet.of(EnrolmentStatus.ADMITTED, EnrolmentStatus.WAITLISTED,
                        EnrolmentStatus.REJECTED, EnrolmentStatus.WITHDRAWN, EnrolmentStatus.NOT_ADMITTED, EnrolmentStatus.CANCELLED),
                EnrolmentStatus.WAITLISTED, EnumSet.of(EnrolmentStatus.ADMITTED, EnrolmentStatus.WITHDRAWN,
                        EnrolmentStatus.NOT_ADMITTED, EnrolmentStatus.CANCELLED),
                EnrolmentStatus.ADMITTED, EnumSet.of(EnrolmentStatus.WITHDRAWN, EnrolmentStatus.COMPLETED, EnrolmentStatus.CANCELLED));
        for (EnrolmentStatus from : EnrolmentStatus.values()) {
            for (EnrolmentStatus to : EnrolmentStatus.values()) {
                boolean expected = allowed.getOrDefault(from, Set.of()).contains(to);
                Enrolment e = in(from);
                Long ticket = to == EnrolmentStatus.WAITLISTED ? 2L : null;
                if (expected) {
                    e.moveTo(to, ticket, NOW.plusSeconds(1), "x", "a reason");
                    assertThat(e.getStatus()).as("%s -> %s", from, to).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> e.moveTo(to, ticket, NOW.plusSeconds(1), "x", "a reason")).as("%s -> %s", from, to)
                            .isInstanceOf(IllegalStateException.class);
                    assertThat(e.getStatus()).isEqualTo(from);
                }
            }
        }
        assertThat(EnumSet.allOf(EnrolmentStatus.class).stream().filter(s -> EnrolmentStatus.allows(null, s)))
                .as("how an application starts").containsExactlyInAnyOrder(EnrolmentStatus.ADMITTED, EnrolmentStatus.WAITLISTED,
                        EnrolmentStatus.PENDING_APPROVAL);
    }

    @Test
    void anApplicationArrivesPendingWhenTheOfferingAsksForApprovalElseBySeats() {
        Offering open = offering(COURSE, true);
        assertThat(Enrolment.arrivingAt(open, true)).isEqualTo(EnrolmentStatus.ADMITTED);
        assertThat(Enrolment.arrivingAt(open, false)).isEqualTo(EnrolmentStatus.WAITLISTED);
        open.requireApproval(true);
        assertThat(Enrolment.arrivingAt(open, true)).isEqualTo(EnrolmentStatus.PENDING_APPROVAL);
        assertThat(Enrolment.arrivingAt(open, false)).isEqualTo(EnrolmentStatus.PENDING_APPROVAL);
    }

    @Test
    void oneAppliesOnlyWhileTheOfferingTakesApplications() throws Exception {
        assertThat(Enrolment.apply(offering(COURSE, true), learner(), NOW).getStatus()).isNull();
        assertThatThrownBy(() -> Enrolment.apply(offering(COURSE, false), learner(), NOW))
                .isInstanceOfSatisfying(EnrolmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(EnrolmentRefusedException.Reason.APPLICATION_CLOSED));
    }

    @Test
    void aDecisionIsForAPendingApplicationAndARejectionNeedsAReason() throws Exception {
        assertThat(in(EnrolmentStatus.PENDING_APPROVAL).decide(true, null, true)).isEqualTo(EnrolmentStatus.ADMITTED);
        assertThat(in(EnrolmentStatus.PENDING_APPROVAL).decide(true, null, false)).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(in(EnrolmentStatus.PENDING_APPROVAL).decide(false, "full", true)).isEqualTo(EnrolmentStatus.REJECTED);
        assertRefused(() -> in(EnrolmentStatus.PENDING_APPROVAL).decide(false, " ", true), EnrolmentRefusedException.Reason.REASON_REQUIRED);
        assertRefused(() -> in(EnrolmentStatus.ADMITTED).decide(true, null, true), EnrolmentRefusedException.Reason.NOT_PENDING);
        Enrolment pending = in(EnrolmentStatus.PENDING_APPROVAL);
        assertRefused(() -> pending.moveTo(EnrolmentStatus.REJECTED, null, NOW, "teacher", null),
                EnrolmentRefusedException.Reason.REASON_REQUIRED);
    }

    @Test
    void aMoveStaysWithinTheCourseAndArrivesAsANewApplicationWould() throws Exception {
        Enrolment admitted = in(EnrolmentStatus.ADMITTED);
        Offering sibling = offering(COURSE, true);
        Enrolment moved = admitted.transferTo(sibling, NOW, false, null);
        assertThat(moved.getOffering()).isSameAs(sibling);
        assertThat(moved.getLearner()).isSameAs(admitted.getLearner());
        assertThat(moved.getStatus()).as("its state is the target's to decide").isNull();

        Course other = new Course(new Provider("Uni", ProviderType.UNIVERSITY), new CourseCode("Y2"),
                Map.of("sv", new CourseText("Annan", "")), "history", StudyLevel.UNIVERSITY);
        assertRefused(() -> admitted.transferTo(offering(other, true), NOW, false, null), EnrolmentRefusedException.Reason.NOT_SAME_COURSE);
        assertRefused(() -> admitted.transferTo(admitted.getOffering(), NOW, false, null), EnrolmentRefusedException.Reason.NOT_SAME_COURSE);
        assertRefused(() -> in(EnrolmentStatus.WITHDRAWN).transferTo(sibling, NOW, false, null), EnrolmentRefusedException.Reason.NOT_ACTIVE);
    }

    @Test
    void theTargetsWindowAppliesUnlessOverriddenWithAReasonAndNeverForAnEndedOffering() throws Exception {
        Enrolment admitted = in(EnrolmentStatus.ADMITTED);
        Offering closed = offering(COURSE, false);
        assertRefused(() -> admitted.transferTo(closed, NOW, false, "please"), EnrolmentRefusedException.Reason.APPLICATION_CLOSED);
        assertRefused(() -> admitted.transferTo(closed, NOW, true, " "), EnrolmentRefusedException.Reason.REASON_REQUIRED);
        assertThat(admitted.transferTo(closed, NOW, true, "moved for health reasons").getOffering()).isSameAs(closed);
        Offering cancelled = offering(COURSE, true);
        cancelled.cancel();
        assertRefused(() -> admitted.transferTo(cancelled, NOW, true, "even so"), EnrolmentRefusedException.Reason.APPLICATION_CLOSED);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, EnrolmentRefusedException.Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(EnrolmentRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
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
