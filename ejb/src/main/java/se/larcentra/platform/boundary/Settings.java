package se.larcentra.platform.boundary;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Installation settings, all named {@code LARCENTRA_*}: read from the environment, or from a JVM
 * system property of the same name (which is how the domain set-up passes them to the server). Part
 * of the platform's boundary: every tier reads its settings the same way, the web tier included.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> get(String name) {
        if (!name.startsWith("LARCENTRA_")) {
            throw new IllegalArgumentException("settings are named LARCENTRA_*: " + name);
        }
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    public static boolean flag(String name) {
        return get(name).map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes")).orElse(false);
    }

    /** Where the H2 database, the search index and the import directory live. */
    public static Path dataDirectory() {
        return get("LARCENTRA_DATA_DIR").map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".larcentra"));
    }

    /** A whole number setting, or {@code fallback} when unset; a malformed value is an error, not a surprise. */
    public static long number(String name, long fallback) {
        return get(name).map(value -> {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(name + " must be a whole number, not " + value, e);
            }
        }).orElse(fallback);
    }

    /** A duration given in seconds ({@code LARCENTRA_..._SECONDS}). */
    public static java.time.Duration seconds(String name, long fallbackSeconds) {
        return java.time.Duration.ofSeconds(number(name, fallbackSeconds));
    }
}
