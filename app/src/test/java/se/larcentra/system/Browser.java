package se.larcentra.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium per test, driven by Selenium:
 * <pre>
 * &#64;RegisterExtension
 * final Browser browser = new Browser();
 * ...
 * WebDriver driver = browser.open(base, "catalog.xhtml");
 * </pre>
 * The browser starts on first use and quits after the test; when the test failed, its screenshot and
 * page source go to {@code target/browser/}. Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} are used as they are (system properties {@code larcentra.chromium}
 * and {@code larcentra.chromedriver} point elsewhere): Selenium Manager, which would download a
 * driver, cannot work offline and stays off ({@code SE_OFFLINE=true} in the failsafe configuration).
 */
public final class Browser implements AfterEachCallback {

    private final String language;
    private WebDriver driver;
    private Path profile;

    /** A browser that asks for Swedish pages, the service's default language. */
    public Browser() {
        this("sv-SE");
    }

    /** A browser whose Accept-Language is the given BCP 47 tag (for example {@code "en"}). */
    public Browser(String language) {
        this.language = language;
    }

    /** The driver, starting the browser if need be. */
    public WebDriver driver() {
        if (driver == null) {
            driver = start();
        }
        return driver;
    }

    /** Opens {@code path} (relative, like {@code "catalog.xhtml"}) under the deployment's base URL. */
    public WebDriver open(URL base, String path) {
        WebDriver browser = driver();
        browser.get(base.toString().replaceFirst("/+$", "") + "/" + path.replaceFirst("^/+", ""));
        return browser;
    }

    private WebDriver start() {
        try {
            profile = Files.createTempDirectory("larcentra-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("larcentra.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("larcentra.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        return chrome;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                keepEvidence(context);
            }
        } finally {
            driver.quit();
            driver = null;
            deleteProfile();
        }
    }

    private void keepEvidence(ExtensionContext context) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser"));
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("Browser: could not save the failed page: " + e);
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A leftover temp directory is no reason to fail a test.
        }
    }
}
