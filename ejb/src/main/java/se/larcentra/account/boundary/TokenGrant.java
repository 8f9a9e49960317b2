package se.larcentra.account.boundary;

import java.time.Instant;

/** A new bearer token: its value (shown once, stored nowhere) and when it expires. */
public record TokenGrant(String token, Instant expiresAt) {
}
