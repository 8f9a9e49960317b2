package se.larcentra.platform.control;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Installation settings, all named {@code LARCENTRA_*}: read from the environment, or from a JVM
 * system property of the same name (which is how the domain set-up passes them to the server).
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
}
