package se.larcentra.account.control;

import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.larcentra.account.entity.Account;
import se.larcentra.platform.boundary.Settings;

/**
 * The limits on what anyone can try before signing in, each configurable ({@code LARCENTRA_*},
 * README). Failed logins slow down per account <em>and</em> client address, so that nobody can lock
 * another person out by typing wrong passwords somewhere else, and per address over all accounts,
 * so that guessing many accounts once each slows down too. Registrations and password-reset
 * requests count per address whether they succeed or not; mails that anyone can cause (reset links,
 * "someone tried to register with your address") per recipient.
 *
 * <p>Kept in this server's memory: behind a load balancer each server counts on its own.
 */
@ApplicationScoped
public class Throttles {

    public enum Limit {
        /** Login attempts for one username from one client address. */
        LOGIN_ATTEMPTS,
        /** Failed logins and token requests from one client address, whichever the account. */
        FAILED_LOGINS_BY_ADDRESS,
        /** Registrations from one client address. */
        REGISTRATIONS_BY_ADDRESS,
        /** Password-reset requests from one client address. */
        RESET_REQUESTS_BY_ADDRESS,
        /** Mails anyone can cause to be sent to one e-mail address. */
        MAILS_BY_RECIPIENT
    }

    private final Map<Limit, Throttle> throttles = new EnumMap<>(Limit.class);

    public Throttles() {
        this(TimeMeter.SYSTEM_NANOTIME);
    }

    Throttles(TimeMeter time) {
        Duration addressWindow = Settings.seconds("LARCENTRA_ADDRESS_WINDOW_SECONDS", 600);
        // A few attempts at once, then one every THROTTLE_SECONDS; after MAX_FAILURES within the
        // window, a pause until it is over (for this username from this address only).
        long burst = Settings.number("LARCENTRA_LOGIN_THROTTLE_AFTER", 3);
        throttles.put(Limit.LOGIN_ATTEMPTS, new Throttle(List.of(
                new Throttle.Rate(burst, Settings.seconds("LARCENTRA_LOGIN_THROTTLE_SECONDS", 5).multipliedBy(burst), true),
                new Throttle.Rate(Settings.number("LARCENTRA_LOGIN_MAX_FAILURES", 10),
                        Settings.seconds("LARCENTRA_LOGIN_FAILURE_WINDOW_SECONDS", 900), false)), time));
        throttles.put(Limit.FAILED_LOGINS_BY_ADDRESS, perAddress("LARCENTRA_ADDRESS_FAILED_LOGINS", 20, addressWindow, time));
        throttles.put(Limit.REGISTRATIONS_BY_ADDRESS, perAddress("LARCENTRA_ADDRESS_REGISTRATIONS", 20, addressWindow, time));
        throttles.put(Limit.RESET_REQUESTS_BY_ADDRESS, perAddress("LARCENTRA_ADDRESS_RESET_REQUESTS", 10, addressWindow, time));
        throttles.put(Limit.MAILS_BY_RECIPIENT, new Throttle(List.of(new Throttle.Rate(
                Settings.number("LARCENTRA_MAILS_PER_RECIPIENT", 3), Settings.seconds("LARCENTRA_RECIPIENT_WINDOW_SECONDS", 3600), true)), time));
    }

    /** {@code setting} per window, coming back gradually: throttling, not a lockout. */
    private static Throttle perAddress(String setting, long fallback, Duration window, TimeMeter time) {
        return new Throttle(List.of(new Throttle.Rate(Settings.number(setting, fallback), window, true)), time);
    }

    /** Takes a token of {@code limit} for {@code key}: empty to go ahead, else how long to wait. */
    public Optional<Duration> take(Limit limit, String key) {
        return throttles.get(limit).take(normal(key));
    }

    public void giveBack(Limit limit, String key) {
        throttles.get(limit).giveBack(normal(key));
    }

    public void forget(Limit limit, String key) {
        throttles.get(limit).forget(normal(key));
    }

    /** The key of login attempts: the username as typed (known or not, the same), and the address. */
    public static String loginKey(String username, String clientAddress) {
        return Account.normalUsername(username) + " " + clientAddress;
    }

    private static String normal(String key) {
        return key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    }
}
