package se.larcentra.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A bearer token of the API, known here only by the SHA-256 of its value. */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.byHash", query = "SELECT t FROM ApiToken t JOIN FETCH t.account WHERE t.tokenHash = :hash")
public class ApiToken {

    @Id
    @SequenceGenerator(name = "token_seq", sequenceName = "token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "token_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(Account account, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = Objects.requireNonNull(account);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isValidAt(Instant at) {
        return revokedAt == null && at.isBefore(expiresAt);
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
