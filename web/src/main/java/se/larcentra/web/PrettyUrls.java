package se.larcentra.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The stable addresses of the site and the views behind them. */
public final class PrettyUrls {

    private static final Pattern STABLE = Pattern.compile("/(offering|centre)/([0-9]{1,18})");

    private PrettyUrls() {
    }

    /** The view (with its query string) for a stable address, or empty when there is no such page. */
    public static Optional<String> viewFor(String path) {
        Matcher matcher = STABLE.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(matcher.group(2));
        return Optional.of("/" + matcher.group(1) + ".xhtml?id=" + id);
    }

    public static String offering(long id) {
        return "/offering/" + id;
    }

    public static String centre(long id) {
        return "/centre/" + id;
    }
}
