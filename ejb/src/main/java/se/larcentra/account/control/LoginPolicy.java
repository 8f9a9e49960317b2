package se.larcentra.account.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import se.larcentra.account.entity.Account;
import se.larcentra.platform.control.Settings;

/**
 * When failed logins slow an account down and when they lock it. After
 * {@code LARCENTRA_LOGIN_THROTTLE_AFTER} failures in a row (default 3) each further attempt must wait
 * {@code LARCENTRA_LOGIN_THROTTLE_SECONDS} (default 5) after the last failure, doubling with each
 * failure; after {@code LARCENTRA_LOGIN_LOCK_AFTER} (default 10) the account is locked for
 * {@code LARCENTRA_LOGIN_LOCK_SECONDS} (default 900). A success resets the count.
 */
public record LoginPolicy(int throttleAfter, Duration throttleDelay, int lockAfter, Duration lockFor) {

    public static LoginPolicy fromSettings() {
        return new LoginPolicy((int) Settings.number("LARCENTRA_LOGIN_THROTTLE_AFTER", 3),
                Settings.seconds("LARCENTRA_LOGIN_THROTTLE_SECONDS", 5),
                (int) Settings.number("LARCENTRA_LOGIN_LOCK_AFTER", 10),
                Settings.seconds("LARCENTRA_LOGIN_LOCK_SECONDS", 900));
    }

    /** How long the account must wait before the next attempt is even checked; empty when it may try now. */
    public Optional<Duration> waitBeforeAttempt(Account account, Instant now) {
        if (account.isLockedAt(now)) {
            return Optional.of(Duration.between(now, account.getLockedUntil().orElseThrow()));
        }
        int failures = account.getFailedLogins();
        if (failures < throttleAfter || account.getLastFailedLogin().isEmpty()) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - throttleAfter, 10);
        Instant allowedAt = account.getLastFailedLogin().get().plus(throttleDelay.multipliedBy(1L << doublings));
        return now.isBefore(allowedAt) ? Optional.of(Duration.between(now, allowedAt)) : Optional.empty();
    }
}
