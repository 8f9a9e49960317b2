package se.larcentra.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larcentra.system.HttpTestClient.json;
import static se.larcentra.system.TestLearners.DEMO_PASSWORD;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.larcentra.system.Axe;
import se.larcentra.system.Browser;
import se.larcentra.system.Deployments;
import se.larcentra.system.HttpTestClient;
import se.larcentra.system.Mailbox;
import se.larcentra.system.TestLearners;

/**
 * Whole ways through the service in headless Chromium, with GreenMail as the SMTP server. A
 * learner's: register, confirm the e-mail address by the mailed link, sign in, search, apply, see
 * the status and its history, withdraw. Staff's: a teacher decides on one of several applications,
 * a coordinator sets the opening hours and rooms of their centre (and no other), an administrator
 * finds accounts, creates a staff account and a provider. axe-core finds no WCAG 2.1 A/AA violation
 * on any page on the way.
 */
@ExtendWith(ArquillianExtension.class)
class JourneysBrowserIT {

    @RegisterExtension
    static final Mailbox mailbox = new Mailbox();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void registerConfirmSignInSearchApplySeeHistoryAndWithdraw() throws Exception {
        String username = "journey" + Long.toString(new Random().nextLong() & Long.MAX_VALUE, 36);
        String email = username + "@example.org";
        String password = "en mening jag minns";

        // Register; a field error first, and nothing typed is lost.
        WebDriver driver = browser.open(base, "/account/register.xhtml");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Axe.assertAccessible(driver);
        driver.findElement(By.id("register:name")).sendKeys("Maja Lind");
        driver.findElement(By.id("register:username")).sendKeys(username);
        driver.findElement(By.id("register:email")).sendKeys(email);
        new Select(driver.findElement(By.id("register:municipality"))).selectByVisibleText("Torsby");
        driver.findElement(By.id("register:password")).sendKeys("kort");
        driver.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#password-error")));
        assertThat(driver.findElement(By.id("password-error")).getText()).contains("minst 10 tecken");
        assertThat(driver.findElement(By.id("register:email")).getDomProperty("value")).isEqualTo(email);
        Axe.assertAccessible(driver);
        driver.findElement(By.id("register:password")).sendKeys(password);
        driver.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registered")));
        Axe.assertAccessible(driver);

        // Confirm by the link in the mail.
        var confirmation = mailbox.await(email, 1, 30).get(0);
        assertThat(Mailbox.subject(confirmation)).isEqualTo("Bekräfta din e-postadress hos Lärcentra");
        browser.open(base, "/account/confirm.xhtml?token=" + Mailbox.linkToken(confirmation));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmed")));
        Axe.assertAccessible(driver);

        // Sign in: a wrong password first.
        driver.findElement(By.cssSelector("#confirmed + p a.button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        Axe.assertAccessible(driver);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("fel lösenord här");
        driver.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".messages__error")));
        assertThat(driver.findElement(By.cssSelector(".messages__error")).getText()).isEqualTo("Fel användarnamn eller lösenord.");
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.urlMatches("/me/applications\\.xhtml"));
        assertThat(driver.findElement(By.cssSelector(".signed-in strong")).getText()).isEqualTo(username);
        assertThat(driver.findElement(By.id("no-applications")).isDisplayed()).isTrue();
        Axe.assertAccessible(driver);

        // Search, open an offering that is open for application, apply.
        browser.open(base, "/search.xhtml?open=true&q=kurs");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.hits")));
        List<String> offerings = driver.findElements(By.cssSelector("ol.hits .hit__title a")).stream()
                .map(a -> a.getDomProperty("href")).toList();
        assertThat(offerings).isNotEmpty();
        String title = null;
        for (String offering : offerings) {
            driver.get(offering);
            if (!driver.findElements(By.id("apply:submit")).isEmpty()
                    && driver.findElement(By.cssSelector(".apply")).getText().contains("lediga")) {
                title = driver.findElement(By.tagName("h1")).getText();
                break;
            }
        }
        assertThat(title).as("an offering with free places and no approval step").isNotNull();
        Axe.assertAccessible(driver);
        driver.findElement(By.id("apply:submit")).click();
        wait.until(ExpectedConditions.urlMatches("/me/applications\\.xhtml"));
        assertThat(driver.findElement(By.cssSelector(".messages__info")).getText()).isEqualTo("Du har fått en plats på " + title + ".");
        WebElement application = driver.findElement(By.cssSelector("section.application"));
        assertThat(application.findElement(By.tagName("h2")).getText()).isEqualTo(title);
        assertThat(application.findElement(By.cssSelector("[data-status]")).getText()).isEqualTo("Antagen");
        assertThat(application.findElements(By.cssSelector("ol.history li"))).hasSize(1);
        assertThat(application.findElement(By.cssSelector("ol.history li")).getText()).contains("Antagen").contains(username);
        Axe.assertAccessible(driver);

        // Withdraw: the status and the history follow.
        application.findElement(By.cssSelector("input[type='submit'], button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".messages__info"), "återtagit"));
        application = driver.findElement(By.cssSelector("section.application"));
        assertThat(application.findElement(By.cssSelector("[data-status]")).getText()).isEqualTo("Återtagen");
        assertThat(application.findElements(By.cssSelector("ol.history li")).stream().map(WebElement::getText)
                .collect(Collectors.toList())).hasSize(2).last().asString().contains("Återtagen");
        assertThat(application.findElements(By.cssSelector("input[type='submit']"))).as("no withdraw button any more").isEmpty();
        Axe.assertAccessible(driver);

        // And the mail: applied, withdrawn (plus the confirmation), in Swedish.
        assertThat(mailbox.await(email, 3, 30)).extracting(Mailbox::subject)
                .containsExactly("Bekräfta din e-postadress hos Lärcentra", "Du har fått en plats: " + title,
                        "Du har återtagit din ansökan: " + title);
    }

    @Test
    void staffDecideOnApplicationsManageTheirCentresAndAdministratorsTheAccountsAndProviders() throws Exception {
        HttpTestClient client = new HttpTestClient(base);
        String admin = client.token("admin", DEMO_PASSWORD);
        JsonObject teacher = json(client.get("api/v1/admin/accounts?role=teacher&q=teacher1", HttpTestClient.bearer(admin)))
                .getJsonArray("items").getJsonObject(0);
        assertThat(teacher.getString("username")).isEqualTo("teacher1");
        long approval = teacher.getJsonArray("offeringIds").getValuesAs(JsonNumber.class).stream().mapToLong(JsonNumber::longValue)
                .filter(id -> {
                    try {
                        return json(client.get("api/v1/offerings/" + id)).getBoolean("requiresApproval");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElseThrow();

        // Two applications await the teacher's decision; the teacher rejects the first, with a reason.
        TestLearners.Learner first = TestLearners.registerAndConfirm(client, mailbox, "sv");
        TestLearners.Learner second = TestLearners.registerAndConfirm(client, mailbox, "sv");
        for (TestLearners.Learner learner : List.of(first, second)) {
            var applied = client.post("api/v1/enrolments", "{\"offeringId\":" + approval + "}", HttpTestClient.bearer(learner.token()));
            assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        }
        WebDriver driver = signIn("teacher1");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        browser.open(base, "/staff/offering.xhtml?id=" + approval);
        Axe.assertAccessible(driver);
        WebElement firstDecision = decisionFor(driver, "Test " + first.username());
        firstDecision.findElement(By.cssSelector("input[id$=':reason']")).sendKeys("Förkunskaperna saknas");
        firstDecision.findElement(By.cssSelector("input[id$=':reject']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".messages__info"), "Beslutet är sparat"));
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Test " + first.username() + ": Ej beviljad");
        assertThat(decisionFor(driver, "Test " + second.username())).as("the other still waits").isNotNull();
        assertThat(Mailbox.body(mailbox.await(first.email(), 3, 20).get(2))).contains("Förkunskaperna saknas");
        browser.open(base, "/staff/centres.xhtml");
        assertThat(driver.findElement(By.tagName("h1")).getText()).as("a teacher looks after no centre").isEqualTo("Inte tillåtet");
        signOut(driver);

        // A coordinator sees only the Torsby centres, and sets one's opening hours and rooms.
        signIn("coordinator1");
        driver.findElement(By.cssSelector("nav.site-nav a[href$='/staff/centres.xhtml']")).click();
        wait.until(ExpectedConditions.urlMatches("/staff/centres\\.xhtml"));
        Axe.assertAccessible(driver);
        List<WebElement> centreRows = driver.findElements(By.cssSelector("main tbody tr"));
        assertThat(centreRows).hasSize(2).allSatisfy(row -> assertThat(row.findElements(By.tagName("td")).get(1).getText()).isEqualTo("Torsby"));
        centreRows.get(0).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hours")));
        Axe.assertAccessible(driver);
        String centrePage = driver.getCurrentUrl();
        List<WebElement> monday = driver.findElements(By.cssSelector("#hours tbody tr")).get(0).findElements(By.tagName("input"));
        setValue(driver, monday.get(0), "08:00");
        setValue(driver, monday.get(1), "12:00");
        setValue(driver, monday.get(2), "13:00");
        setValue(driver, monday.get(3), "16:30");
        List<WebElement> tuesday = driver.findElements(By.cssSelector("#hours tbody tr")).get(1).findElements(By.tagName("input"));
        setValue(driver, tuesday.get(0), "17:00");
        setValue(driver, tuesday.get(1), "09:00");
        driver.findElement(By.id("hours:saveHours")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".messages__error")));
        assertThat(driver.findElement(By.cssSelector(".messages__error")).getText())
                .isEqualTo("tisdag: stängningstiden måste vara efter öppningstiden.");
        tuesday = driver.findElements(By.cssSelector("#hours tbody tr")).get(1).findElements(By.tagName("input"));
        setValue(driver, tuesday.get(0), "");
        setValue(driver, tuesday.get(1), "");
        driver.findElement(By.id("hours:saveHours")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".messages__info"), "Ändringarna är sparade."));
        monday = driver.findElements(By.cssSelector("#hours tbody tr")).get(0).findElements(By.tagName("input"));
        assertThat(monday).extracting(input -> input.getDomProperty("value")).containsExactly("08:00", "12:00", "13:00", "16:30");

        // The first of several rooms (each room's fields its own), a wrong value first; then a new room, deactivated.
        WebElement capacity = driver.findElements(By.cssSelector("#rooms input[id$=':capacity']")).get(0);
        capacity.clear();
        capacity.sendKeys("tio");
        driver.findElements(By.cssSelector("#rooms input[id$=':save']")).get(0).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".messages__error")));
        assertThat(driver.findElement(By.cssSelector(".messages__error")).getText()).endsWith("Platser: kontrollera fältet.");
        capacity = driver.findElements(By.cssSelector("#rooms input[id$=':capacity']")).get(0);
        assertThat(capacity.getDomProperty("value")).as("what was typed is kept").isEqualTo("tio");
        capacity.clear();
        capacity.sendKeys("7");
        driver.findElements(By.cssSelector("#rooms input[id$=':save']")).get(0).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".messages__info"), "Ändringarna är sparade."));
        assertThat(driver.findElements(By.cssSelector("#rooms input[id$=':capacity']")).get(0).getDomProperty("value")).isEqualTo("7");
        String room = "Läsrum " + first.username();
        driver.findElement(By.id("newRoom:nameSv")).sendKeys(room);
        driver.findElement(By.id("newRoom:capacity")).sendKeys("4");
        driver.findElement(By.xpath("//form[@id='newRoom']//label[normalize-space()='Hörslinga']")).click();
        driver.findElement(By.id("newRoom:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".messages__info"), "Rummet är tillagt."));
        WebElement card = driver.findElement(By.xpath("//section[@class='card'][h3[normalize-space()='" + room + "']]"));
        card.findElement(By.cssSelector("input[id$=':deactivate']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".messages__info"), "Inaktiverat."));
        assertThat(driver.findElement(By.xpath("//section[@class='card'][h3[starts-with(normalize-space(), '" + room + "')]]/h3")).getText())
                .isEqualTo(room + " (Inaktiv)");
        Axe.assertAccessible(driver);
        // Another municipality's centre is not theirs: a 403 page.
        long elsewhere = json(client.get("api/v1/centres")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> !c.toString().contains("Torsby")).mapToLong(c -> c.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        browser.open(base, "/staff/centre.xhtml?id=" + elsewhere);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Inte tillåtet");
        browser.open(base, "/admin/accounts.xhtml");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Inte tillåtet");
        driver.get(centrePage);
        signOut(driver);

        // An administrator finds the coordinator, creates a staff account (a wrong offering number first) and a provider.
        signIn("admin");
        browser.open(base, "/admin/accounts.xhtml?role=coordinator");
        Axe.assertAccessible(driver);
        assertThat(driver.findElements(By.cssSelector("main tbody tr td:first-child")).stream().map(WebElement::getText))
                .contains("coordinator1").doesNotContain("teacher1");
        driver.findElement(By.cssSelector("main a.button[href$='/admin/account.xhtml']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account:username")));
        Axe.assertAccessible(driver);
        String staff = "staff-" + first.username().substring(3);
        driver.findElement(By.id("account:username")).sendKeys(staff);
        driver.findElement(By.id("account:name")).sendKeys("Lärare " + staff);
        driver.findElement(By.id("account:email")).sendKeys(staff + "@example.org");
        driver.findElement(By.xpath("//label[normalize-space()='Lärare']")).click();
        driver.findElement(By.id("account:offerings")).sendKeys("12, tolv");
        driver.findElement(By.id("account:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("offerings-error"), "Skriv kurstillfällenas nummer"));
        assertThat(driver.findElement(By.id("account:username")).getDomProperty("value")).isEqualTo(staff);
        driver.findElement(By.id("account:offerings")).clear();
        driver.findElement(By.id("account:offerings")).sendKeys(String.valueOf(approval));
        driver.findElement(By.id("account:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".messages__info"), "Kontot " + staff + " är skapat"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Lärare " + staff + " (" + staff + ")");
        assertThat(Mailbox.subject(mailbox.await(staff + "@example.org", 1, 20).get(0))).contains("lösenord");
        Axe.assertAccessible(driver);

        browser.open(base, "/admin/provider.xhtml");
        driver.findElement(By.id("provider:name")).sendKeys("Anordnare " + staff);
        driver.findElement(By.id("provider:website")).sendKeys("ftp://example.org");
        driver.findElement(By.id("provider:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".messages__error")));
        assertThat(driver.findElement(By.cssSelector(".messages__error")).getText()).isEqualTo("Webbplats (valfritt): kontrollera fältet.");
        driver.findElement(By.id("provider:website")).clear();
        driver.findElement(By.id("provider:website")).sendKeys("https://example.org");
        driver.findElement(By.id("provider:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".messages__info"), "Anordnaren är skapad."));
        driver.findElement(By.id("state:deactivate")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Anordnaren är inaktiv."));
        Axe.assertAccessible(driver);
        browser.open(base, "/admin/providers.xhtml");
        assertThat(driver.findElement(By.xpath("//tr[td/a[normalize-space()='Anordnare " + staff + "']]/td[3]")).getText()).isEqualTo("Inaktiv");
        Axe.assertAccessible(driver);
    }

    private WebDriver signIn(String username) {
        WebDriver driver = browser.open(base, "/login.xhtml");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".signed-in")));
        return driver;
    }

    private static void signOut(WebDriver driver) {
        driver.findElement(By.cssSelector("#logout input[type='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("signedOut=1"));
    }

    /** The decision block of the pending application of the learner called {@code name}. */
    private static WebElement decisionFor(WebDriver driver, String name) {
        return driver.findElement(By.xpath("//div[@class='decision'][p/strong[normalize-space()='" + name + "']]"));
    }

    /** Sets an input's value as if typed (time inputs take keys in a locale-dependent way). */
    private static void setValue(WebDriver driver, WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
