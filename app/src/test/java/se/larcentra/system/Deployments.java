package se.larcentra.system;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one micro-deployment factory of the system tests: the EAR the build produced, as it is for
 * client tests, or with test classes for in-container tests.
 */
public final class Deployments {

    /** The EAR's web module; application.xml gives it the context root {@code /}. */
    private static final String WEB_MODULE = "web.war";

    private Deployments() {
    }

    /** The built EAR, for client tests ({@code @Deployment(testable = false)}). */
    public static EnterpriseArchive ear() {
        Path ear = Path.of(System.getProperty("larcentra.ear", "../ear/target/larcentra.ear"));
        if (!Files.isRegularFile(ear)) {
            throw new IllegalStateException(ear.toAbsolutePath() + " is missing; build first: ./mvnw -DskipTests install");
        }
        // Read into memory rather than ShrinkWrap.createFromZipFile, which reads the entries only when
        // Arquillian deploys: a build that replaces the EAR meanwhile would break the deployment.
        try (InputStream in = Files.newInputStream(ear)) {
            return ShrinkWrap.create(ZipImporter.class, ear.getFileName().toString()).importFrom(in).as(EnterpriseArchive.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The built EAR with the given classes (and AssertJ) in its web module, for in-container tests.
     * They go into the WAR because only there do they see both the EJB module and the entities;
     * classes in the EAR's {@code lib/} cannot see the EJB module, and Arquillian does not put a test
     * class into an EAR by itself.
     */
    public static EnterpriseArchive earWithTestClasses(Class<?>... classes) {
        EnterpriseArchive ear = ear();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(classes);
        web.addAsLibraries(jarOf("org.assertj.core.api.Assertions"), jarOf("net.bytebuddy.ByteBuddy"));
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    private static File jarOf(String className) {
        try {
            return new File(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("cannot find the jar of " + className + " on the test class path", e);
        }
    }
}
