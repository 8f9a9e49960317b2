package se.larcentra.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Accessibility check of the page in a {@link Browser} with axe-core (from npm, see app/package.json)
 * against WCAG 2.1 A and AA:
 * <pre>
 * assertThat(Axe.violations(driver)).isEmpty();
 * </pre>
 * A violation prints as one readable line per rule, with the offending elements.
 */
public final class Axe {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
               .then(result => done(result.violations.map(v => ({
                        id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                        targets: v.nodes.map(n => n.target.join(' '))
                    }))),
                     error => done('axe failed: ' + error));
            """;

    private static String script;

    private Axe() {
    }

    /** One rule the page breaks, with the CSS selectors of the elements that break it. */
    public record Violation(String id, String impact, String help, String helpUrl, List<String> targets) {
        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + " " + helpUrl + "\n      at " + String.join("\n      at ", targets);
        }
    }

    /** Fails unless axe finds no WCAG 2.1 A/AA violation on the current page; names each one found. */
    public static void assertAccessible(WebDriver driver) {
        List<Violation> found = violations(driver);
        org.assertj.core.api.Assertions.assertThat(found)
                .withFailMessage(() -> "axe-core found %d WCAG 2.1 A/AA violation(s) on %s:%n  - %s".formatted(
                        found.size(), driver.getCurrentUrl(),
                        found.stream().map(Violation::toString).collect(java.util.stream.Collectors.joining("\n  - "))))
                .isEmpty();
    }

    /** Runs axe on the current page; an empty list means no WCAG 2.1 A/AA violation was found. */
    @SuppressWarnings("unchecked")
    public static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined';"))) {
            js.executeScript(script());
        }
        Object result = js.executeAsyncScript(RUN, TAGS);
        if (!(result instanceof List<?> list)) {
            throw new IllegalStateException(String.valueOf(result));
        }
        return list.stream()
                .map(item -> (Map<String, Object>) item)
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (String) v.get("helpUrl"), (List<String>) v.get("targets")))
                .toList();
    }

    private static synchronized String script() {
        if (script == null) {
            Path file = Path.of(System.getProperty("larcentra.axe", "node_modules/axe-core/axe.min.js"));
            try {
                script = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(file.toAbsolutePath() + " is missing; run npm ci in app/", e);
            }
        }
        return script;
    }
}
