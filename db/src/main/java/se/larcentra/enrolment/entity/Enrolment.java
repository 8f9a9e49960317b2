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
import se.larcentra.platform.entity.TrackedEntity;

/**
 * One learner's application to one offering, with every step it took. Moves between states only
 * through {@link #moveTo}, which writes the step to the history; the seat counts on the offering
 * are kept by the enrolment component under the offering row's lock.
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
     * Moves to {@code next} and records the step. A waitlisted enrolment carries its ticket;
     * everything else none. Leaving the active states frees the learner to apply again.
     */
    public EnrolmentEvent moveTo(EnrolmentStatus next, Long ticket, Instant at, String actor, String reason) {
        if (status != null && !status.isActive()) {
            throw new IllegalStateException("enrolment " + id + " is " + status + " and cannot change");
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
