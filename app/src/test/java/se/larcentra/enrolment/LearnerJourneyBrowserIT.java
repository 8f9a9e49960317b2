package se.larcentra.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.larcentra.system.Axe;
import se.larcentra.system.Browser;
import se.larcentra.system.Deployments;
import se.larcentra.system.Mailbox;

/**
 * A learner's whole way in headless Chromium, with GreenMail as the SMTP server: register, confirm
 * the e-mail address by the mailed link, sign in, search, apply, see the status and its history,
 * withdraw; axe-core finds no WCAG 2.1 A/AA violation on any page on the way.
 */
@ExtendWith(ArquillianExtension.class)
class LearnerJourneyBrowserIT {

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
}
