package se.larcentra.enrolment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.larcentra.account.entity.Account;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.catalog.entity.OfferingStatus;
import se.larcentra.platform.entity.TrackedEntity;

/**
 * One learner's application to one offering, with every step it took, and the rules of its state
 * machine: how an application arrives ({@link #apply}, {@link #arrivingAt}), what a decision on it
 * leads to ({@link #decide}), where it may be moved ({@link #transferTo}), and which state may follow
 * which ({@link EnrolmentStatus#allows}, checked by {@link #moveTo}, the only way to change state,
 * which writes the step to the history). The seat counts on the offering are kept by the enrolment
 * component under the offering row's lock, which is also where "a seat is free" comes from.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = "Enrolment.ofLearner",
        query = "SELECT e FROM Enrolment e JOIN FETCH e.offering WHERE e.learner = :learner ORDER BY e.appliedAt DESC, e.id DESC")
@NamedQuery(name = "Enrolment.ofOffering",
        query = "SELECT e FROM Enrolment e JOIN FETCH e.learner WHERE e.offering = :offering ORDER BY e.appliedAt, e.id")
@NamedQuery(name = "Enrolment.firstWaiting",
        query = "SELECT e FROM Enrolment e WHERE e.offering.id = :offering AND e.status = se.larcentra.enrolment.entity.EnrolmentStatus.WAITLISTED ORDER BY e.waitlistTicket")
@NamedQuery(name = "Enrolment.activeOfOffering",
        query = "SELECT e FROM Enrolment e WHERE e.offering.id = :offering AND e.activeLearnerId IS NOT NULL")
public class Enrolment extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "offering_id", nullable = false)
    private Offering offering;

    @ManyToOne
    @JoinColumn(name = "learner_id")
    private Account learner;

    /** The learner's id while active, else null: the unique key that allows one active enrolment. */
    @Column(name = "active_learner_id")
    private Long activeLearnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private EnrolmentStatus status;

    /** Place in the queue while waitlisted (first come, first served); null otherwise. */
    @Column(name = "waitlist_ticket")
    private Long waitlistTicket;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @OneToMany(mappedBy = "enrolment", cascade = CascadeType.PERSIST)
    @OrderBy("at ASC, id ASC")
    private List<EnrolmentEvent> history = new ArrayList<>();

    protected Enrolment() {
    }

    public Enrolment(Offering offering, Account learner, Instant appliedAt) {
        this.offering = Objects.requireNonNull(offering);
        this.learner = Objects.requireNonNull(learner);
        this.appliedAt = Objects.requireNonNull(appliedAt);
    }

    /**
     * A new application by {@code learner}, while the offering takes applications.
     *
     * @throws EnrolmentRefusedException APPLICATION_CLOSED outside the application window
     */
    public static Enrolment apply(Offering offering, Account learner, Instant at) {
        if (!offering.isOpenForApplicationAt(at)) {
            throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.APPLICATION_CLOSED);
        }
        return new Enrolment(offering, learner, at);
    }

    /**
     * The state an application starts in at {@code offering}: awaiting a decision when the offering
     * asks for approval of each application (it then holds no seat), else admitted when a seat is free,
     * else on the waitlist. The same for a new application and one moved there.
     */
    public static EnrolmentStatus arrivingAt(Offering offering, boolean seatFree) {
        return offering.requiresApproval() ? EnrolmentStatus.PENDING_APPROVAL
                : seatFree ? EnrolmentStatus.ADMITTED : EnrolmentStatus.WAITLISTED;
    }

    /**
     * What a teacher's or coordinator's decision on this application leads to: approved, it is
     * admitted (waitlisted when no seat is free); rejected, it ends, and a rejection needs a reason
     * the learner is told.
     *
     * @throws EnrolmentRefusedException NOT_PENDING unless it awaits approval, REASON_REQUIRED for a rejection without one
     */
    public EnrolmentStatus decide(boolean approve, String reason, boolean seatFree) {
        if (status != EnrolmentStatus.PENDING_APPROVAL) {
            throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.NOT_PENDING);
        }
        if (!approve && isBlank(reason)) {
            throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.REASON_REQUIRED);
        }
        return !approve ? EnrolmentStatus.REJECTED : seatFree ? EnrolmentStatus.ADMITTED : EnrolmentStatus.WAITLISTED;
    }

    /**
     * The application this one becomes at {@code target}, another offering of the same course (another
     * start or another centre), where it arrives as a new application would ({@link #arrivingAt}): only
     * while the target takes applications, unless an administrator overrides its application window
     * with a reason ({@code windowOverride}); a cancelled or finished offering never. The caller ends
     * this one and records both.
     *
     * @throws EnrolmentRefusedException NOT_ACTIVE, NOT_SAME_COURSE, APPLICATION_CLOSED, REASON_REQUIRED
     *                                   (an override without a reason)
     */
    public Enrolment transferTo(Offering target, Instant at, boolean windowOverride, String reason) {
        if (status == null || !status.isActive()) {
            throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.NOT_ACTIVE);
        }
        if (target.equals(offering) || !target.getCourse().equals(offering.getCourse())) {
            throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.NOT_SAME_COURSE);
        }
        if (!target.isOpenForApplicationAt(at)) {
            OfferingStatus targetStatus = target.statusAt(at);
            if (!windowOverride || targetStatus == OfferingStatus.CANCELLED || targetStatus == OfferingStatus.FINISHED) {
                throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.APPLICATION_CLOSED);
            }
            if (isBlank(reason)) {
                throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.REASON_REQUIRED);
            }
        }
        return new Enrolment(target, learner, at);
    }

    /**
     * Moves to {@code next} and records the step. A waitlisted enrolment carries its ticket;
     * everything else none. Leaving the active states frees the learner to apply again.
     *
     * @throws IllegalStateException     a move the state machine does not allow (see {@link EnrolmentStatus#allows})
     * @throws EnrolmentRefusedException REASON_REQUIRED for a rejection without a reason
     */
    public EnrolmentEvent moveTo(EnrolmentStatus next, Long ticket, Instant at, String actor, String reason) {
        if (!EnrolmentStatus.allows(status, next)) {
            throw new IllegalStateException("enrolment " + id + " cannot go from " + status + " to " + next);
        }
        if (next == EnrolmentStatus.REJECTED && isBlank(reason)) {
            throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.REASON_REQUIRED);
        }
        if ((next == EnrolmentStatus.WAITLISTED) != (ticket != null)) {
            throw new IllegalArgumentException("a waitlisted enrolment has a ticket, no other one");
        }
        this.status = next;
        this.waitlistTicket = ticket;
        this.activeLearnerId = next.isActive() ? learner.getId() : null;
        EnrolmentEvent event = new EnrolmentEvent(this, at, next, actor, reason);
        history.add(event);
        return event;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Offering getOffering() {
        return offering;
    }

    public Account getLearner() {
        return learner;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Optional<Long> getWaitlistTicket() {
        return Optional.ofNullable(waitlistTicket);
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public List<EnrolmentEvent> getHistory() {
        return List.copyOf(history);
    }
}
