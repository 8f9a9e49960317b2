package se.larcentra.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One step in an enrolment's history: when, to which state, by whom and why. Never changed. */
@Entity
@Table(name = "enrolment_event")
public class EnrolmentEvent {

    /** The actor of steps the service takes by itself (promotions, closing the waitlist). */
    public static final String SYSTEM = "system";

    @Id
    @SequenceGenerator(name = "enrolment_event_seq", sequenceName = "enrolment_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_event_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
    private Enrolment enrolment;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20, updatable = false)
    private EnrolmentStatus status;

    @Column(name = "actor", nullable = false, length = 60, updatable = false)
    private String actor;

    @Column(name = "reason", length = 1000, updatable = false)
    private String reason;

    protected EnrolmentEvent() {
    }

    EnrolmentEvent(Enrolment enrolment, Instant at, EnrolmentStatus status, String actor, String reason) {
        this.enrolment = enrolment;
        this.at = at;
        this.status = status;
        this.actor = actor;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public String getActor() {
        return actor;
    }

    public Optional<String> getReason() {
        return Optional.ofNullable(reason);
    }
}
