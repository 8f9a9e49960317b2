package se.larcentra.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import se.larcentra.platform.entity.TrackedEntity;

/** A person's private calendar feed: the secret token in its address, replaced when they ask for a new one. */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = "CalendarFeed.byToken", query = "SELECT f FROM CalendarFeed f WHERE f.token = :token")
public class CalendarFeed extends TrackedEntity {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "token", nullable = false, length = 100)
    private String token;

    protected CalendarFeed() {
    }

    public CalendarFeed(long accountId, String token) {
        this.accountId = accountId;
        replaceToken(token);
    }

    /** The old address stops working. */
    public void replaceToken(String newToken) {
        if (Objects.requireNonNull(newToken, "token").length() < 20) {
            throw new IllegalArgumentException("a feed token is at least 20 characters");
        }
        token = newToken;
    }

    @Override
    public Long getId() {
        return accountId;
    }

    public String getToken() {
        return token;
    }
}
