package se.larcentra.account.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An account as administrators see it (never its password hash). */
public record AccountView(long id, String username, String email, String name, String language, String status,
        Set<String> roles, List<Long> centreIds, List<Long> offeringIds, Instant createdAt) {
}
