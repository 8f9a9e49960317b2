package se.larcentra.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The IT domain's admin password, which {@code bin/larcentra it-start} generates and keeps in the
 * domain's {@code config/asadmin-password} (an asadmin password file, {@code AS_ADMIN_PASSWORD=…}).
 * Registered as a JUnit Platform launcher session listener (META-INF/services), it puts the password
 * into the system property {@value #PROPERTY} before any test class runs, so that arquillian.xml can
 * give it to the Payara connector ({@code adminPassword}), which reads its configuration only once
 * the first test class starts.
 */
public final class ItDomainAdminPassword implements LauncherSessionListener {

    /** The system property arquillian.xml reads. */
    public static final String PROPERTY = "larcentra.it.admin.password";

    private static final String DOMAIN = "itdomain";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(PROPERTY) == null) {
            read().ifPresent(password -> System.setProperty(PROPERTY, password));
        }
    }

    /** The password, if the domain has been created (by it-start) with one. */
    public static Optional<String> read() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("AS_ADMIN_PASSWORD="))
                    .map(line -> line.substring("AS_ADMIN_PASSWORD=".length()).strip())
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the IT domain's admin password from " + file, e);
        }
    }

    /** The password file, under the Payara the build unpacked ({@code payara.home}, as arquillian.xml). */
    public static Path file() {
        return Path.of(System.getProperty("payara.home", "target/payara6"), "glassfish", "domains", DOMAIN, "config",
                "asadmin-password");
    }
}
