package se.larcentra.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message waiting to be sent, sent, or given up on. Written in the transaction of the business
 * change it tells about, so it exists exactly when the change does; a timer sends it later.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = "OutboxMessage.dueIds", query = "SELECT m.id FROM OutboxMessage m WHERE m.status = se.larcentra.mail.entity.OutboxMessage.Status.PENDING AND m.nextAttemptAt <= :now AND (m.leaseUntil IS NULL OR m.leaseUntil < :now) ORDER BY m.nextAttemptAt, m.id")
public class OutboxMessage {

    public enum Status {
        PENDING, SENT, FAILED
    }

    @Id
    @SequenceGenerator(name = "mail_seq", sequenceName = "mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_seq")
    private Long id;

    /** The {@code Message-ID} header, fixed when the message is written: a repeat is recognisable. */
    @Column(name = "message_id", nullable = false, length = 200, updatable = false)
    private String messageId;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "lang", nullable = false, length = 2)
    private String language;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Column(name = "body", length = 20000)
    private String body;

    /** The event the mail is about as iCalendar, sent as a text/calendar part; null for most mail. */
    @Column(name = "calendar_ics", length = 20000)
    private String calendar;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    /** While a sender holds it: no other sender (or server) takes it until then. */
    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The text holds a live secret (a confirmation or password link): never shown again in full. */
    @Column(name = "holds_secret", nullable = false, updatable = false)
    private boolean holdsSecret;

    protected OutboxMessage() {
    }

    public OutboxMessage(String messageId, String recipient, String language, String subject, String body, Instant now) {
        this.messageId = Objects.requireNonNull(messageId);
        this.recipient = Objects.requireNonNull(recipient);
        this.language = Objects.requireNonNull(language);
        this.subject = Objects.requireNonNull(subject);
        this.body = body;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** A message whose text holds a secret link: sent like any other, left out of every later view of it. */
    public static OutboxMessage holdingSecret(String messageId, String recipient, String language, String subject, String body,
            Instant now) {
        OutboxMessage message = new OutboxMessage(messageId, recipient, language, subject, body, now);
        message.holdsSecret = true;
        return message;
    }

    /** Takes the message for sending until {@code until}; false if someone else holds it or it is not due. */
    public boolean lease(Instant now, Instant until) {
        if (status != Status.PENDING || nextAttemptAt.isAfter(now) || (leaseUntil != null && !leaseUntil.isBefore(now))) {
            return false;
        }
        leaseUntil = until;
        attempts++;
        return true;
    }

    public void sent(Instant at) {
        status = Status.SENT;
        sentAt = at;
        leaseUntil = null;
        lastError = null;
    }

    /** A failed attempt: retried after {@code backoff}, or given up when attempts reach {@code maxAttempts}. */
    public void failed(Instant at, String error, Duration backoff, int maxAttempts) {
        lastError = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        leaseUntil = null;
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = at.plus(backoff);
        }
    }

    /** An administrator's retry of a failed message: pending again, due now, attempts counted afresh. */
    public void retry(Instant now) {
        if (status == Status.FAILED) {
            status = Status.PENDING;
            attempts = 0;
            nextAttemptAt = now;
        }
    }

    /** Removes the text of a sent message after the retention period; headers stay for the record. */
    public void forgetBody() {
        body = null;
        calendar = null;
    }

    /** Sends the event the mail is about along, as iCalendar (METHOD:REQUEST or CANCEL). */
    public void attachCalendar(String ics) {
        if (ics == null || !ics.startsWith("BEGIN:VCALENDAR") || ics.length() > 20_000) {
            throw new IllegalArgumentException("not an iCalendar object of at most 20 000 characters");
        }
        calendar = ics;
    }

    public Optional<String> getCalendar() {
        return Optional.ofNullable(calendar);
    }

    public boolean holdsSecret() {
        return holdsSecret;
    }

    public Long getId() {
        return id;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public Optional<String> getBody() {
        return Optional.ofNullable(body);
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> getLastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getSentAt() {
        return Optional.ofNullable(sentAt);
    }
}
