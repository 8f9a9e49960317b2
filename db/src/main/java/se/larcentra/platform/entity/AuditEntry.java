package se.larcentra.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the append-only audit log: who did what to which record, when, and any detail. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    private Long id;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 60, updatable = false)
    private String actor;

    @Column(name = "action", nullable = false, length = 60, updatable = false)
    private String action;

    @Column(name = "subject", nullable = false, length = 100, updatable = false)
    private String subject;

    @Column(name = "detail", length = 2000, updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String action, String subject, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
