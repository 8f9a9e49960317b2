package se.larcentra.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A link sent by e-mail that works once, until it expires: e-mail confirmation or password reset. */
@Entity
@Table(name = "one_time_link")
public class OneTimeLink {

    public enum Purpose {
        CONFIRM_EMAIL, RESET_PASSWORD
    }

    /** SHA-256 of the random value in the link. */
    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeLink() {
    }

    public OneTimeLink(String tokenHash, Account account, Purpose purpose, Instant createdAt, Instant expiresAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.account = Objects.requireNonNull(account);
        this.purpose = Objects.requireNonNull(purpose);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Uses the link up if it is still good for {@code expected}; false when used, expired or for something else. */
    public boolean use(Purpose expected, Instant at) {
        if (purpose != expected || usedAt != null || !at.isBefore(expiresAt)) {
            return false;
        }
        usedAt = at;
        return true;
    }

    public Account getAccount() {
        return account;
    }

    public Purpose getPurpose() {
        return purpose;
    }
}
