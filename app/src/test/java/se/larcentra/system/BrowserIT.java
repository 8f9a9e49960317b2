package se.larcentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built EAR in headless Chromium: what a visitor does with the mouse, and an axe-core check
 * (WCAG 2.1 A and AA) of every kind of page on the way.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void visitorSwitchesToEnglishPagesThroughTheCatalogueAndOpensAnOffering() {
        WebDriver driver = browser.open(base, "/");
        WebDriverWait wait = waitFor(driver);
        assertThat(htmlLang(driver)).isEqualTo("sv");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Studera nära dig");
        Axe.assertAccessible(driver);

        // The visible language switch.
        WebElement languageSwitch = driver.findElement(By.cssSelector("a.lang-switch"));
        assertThat(languageSwitch.getText()).isEqualTo("English");
        languageSwitch.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[lang='en']")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Study near you");
        assertThat(driver.findElement(By.cssSelector("a.lang-switch")).getText()).isEqualTo("Svenska");

        // The navigation to the catalogue; the language stays.
        WebElement catalogLink = driver.findElement(By.cssSelector("nav.site-nav a[href$='/catalog.xhtml']"));
        assertThat(catalogLink.getText()).isEqualTo("Courses");
        catalogLink.click();
        wait.until(ExpectedConditions.urlMatches("/catalog\\.xhtml$"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("offerings")));
        assertThat(htmlLang(driver)).isEqualTo("en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Courses");
        assertThat(driver.findElement(By.id("catalog-summary")).getText()).startsWith("Showing 1–20 of ");
        assertThat(driver.findElement(By.cssSelector("nav.site-nav a[aria-current='page']")).getText())
                .isEqualTo("Courses");
        Axe.assertAccessible(driver);

        // The pager.
        List<String> firstPage = offeringLinks(driver);
        assertThat(firstPage).hasSize(20);
        WebElement oldTable = driver.findElement(By.id("offerings"));
        WebElement next = driver.findElement(By.cssSelector("nav.pager a[rel='next']"));
        assertThat(next.getText()).isEqualTo("Next");
        next.click();
        wait.until(ExpectedConditions.stalenessOf(oldTable));
        wait.until(ExpectedConditions.urlMatches("[?&]page=2(&|$)"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("offerings")));
        List<String> secondPage = offeringLinks(driver);
        assertThat(secondPage).hasSize(20).doesNotContainAnyElementsOf(firstPage);
        assertThat(driver.findElement(By.id("catalog-summary")).getText()).startsWith("Showing 21–40 of ");
        assertThat(driver.findElement(By.cssSelector("nav.pager [aria-current='page']")).getText()).endsWith("2");
        assertThat(htmlLang(driver)).isEqualTo("en");

        // An offering, by its title.
        WebElement title = driver.findElement(By.cssSelector("#offerings tbody th a"));
        String titleText = title.getText();
        String href = title.getDomProperty("href");
        assertThat(href).matches(".*/offering/[0-9]+$");
        title.click();
        wait.until(ExpectedConditions.stalenessOf(title));
        wait.until(ExpectedConditions.urlToBe(href));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(titleText);
        assertThat(driver.getTitle()).isEqualTo(titleText + " – Lärcentra");
        assertThat(htmlLang(driver)).isEqualTo("en");
        assertThat(driver.findElement(By.id("facts")).getText()).isEqualTo("About this offering");
        Axe.assertAccessible(driver);
    }

    @Test
    void centrePageChosenOnTheStartPageIsAccessible() {
        WebDriver driver = browser.open(base, "/");
        WebDriverWait wait = waitFor(driver);
        WebElement centre = driver.findElement(By.cssSelector("ul.municipalities a[href*='/centre/']"));
        String name = centre.getText();
        String href = centre.getDomProperty("href");

        centre.click();

        wait.until(ExpectedConditions.stalenessOf(centre));
        wait.until(ExpectedConditions.urlToBe(href));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(driver.findElements(By.cssSelector("#rooms-caption ~ tbody tr")))
                .as("rooms of %s", href).isNotEmpty();
        Axe.assertAccessible(driver);
    }

    @Test
    void notFoundPageIsTranslatedAndAccessible() {
        WebDriver driver = browser.open(base, "/offering/999999999");
        WebDriverWait wait = waitFor(driver);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sidan finns inte");
        Axe.assertAccessible(driver);

        driver.findElement(By.cssSelector("a.lang-switch")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[lang='en']")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(driver.getPageSource()).doesNotContain("Exception");
        Axe.assertAccessible(driver);
    }

    @Test
    void searcherPicksASuggestionNarrowsByTwoFacetValuesSortsPagesAndGoesBack() throws Exception {
        awaitSuggestions("sjuksk");
        WebDriver driver = browser.open(base, "/");
        WebDriverWait wait = waitFor(driver);

        // The search box completes what is typed; Enter on the highlighted suggestion searches for it.
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("sjuksk");
        WebElement firstOption = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role='option']")));
        String suggestion = firstOption.getText();
        assertThat(suggestion.toLowerCase()).contains("sjuksk");
        assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("true");
        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(box.getDomAttribute("aria-activedescendant")).isEqualTo(firstOption.getDomAttribute("id"));
        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/search.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.hits")));
        assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo(suggestion);
        assertThat(hitTitles(driver)).isNotEmpty();

        // Broaden to a word with many hits, then choose two values of one facet.
        box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys("historia", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q=historia"));
        List<WebElement> modes = driver.findElements(By.cssSelector("input[type='checkbox'][name='mode']"));
        assertThat(modes).hasSizeGreaterThanOrEqualTo(2);
        WebElement modeGroup = modes.get(0).findElement(By.xpath("ancestor::details"));
        if (modeGroup.getDomAttribute("open") == null) {
            modeGroup.findElement(By.tagName("summary")).click();
        }
        String first = modes.get(0).getDomAttribute("value");
        String second = modes.get(1).getDomAttribute("value");
        modes.get(0).click();
        modes.get(1).click();
        driver.findElement(By.cssSelector(".filters__submit button")).click();
        wait.until(ExpectedConditions.urlContains("mode=" + second));
        assertThat(driver.getCurrentUrl()).contains("mode=" + first);
        assertThat(driver.findElement(By.cssSelector("input[name='mode'][value='" + first + "']")).isSelected()).isTrue();
        assertThat(driver.findElement(By.cssSelector("input[name='mode'][value='" + second + "']")).isSelected()).isTrue();
        assertThat(driver.findElements(By.cssSelector(".chips a.chip"))).hasSize(2);
        Axe.assertAccessible(driver);

        // Sort by start date.
        new Select(driver.findElement(By.id("sort"))).selectByValue("start");
        driver.findElement(By.cssSelector(".results__order button")).click();
        wait.until(ExpectedConditions.urlContains("sort=start"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.hits")));
        List<String> sortedFirstPage = hitTitles(driver);
        String sortedUrl = driver.getCurrentUrl();

        // The next page, then back: the earlier page's state is all in its address.
        List<WebElement> next = driver.findElements(By.cssSelector("nav.pager a[rel='next']"));
        if (!next.isEmpty()) {
            next.get(0).click();
            wait.until(ExpectedConditions.urlContains("page=2"));
            assertThat(hitTitles(driver)).isNotEqualTo(sortedFirstPage);
            driver.navigate().back();
            wait.until(ExpectedConditions.urlToBe(sortedUrl));
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.hits")));
        assertThat(hitTitles(driver)).isEqualTo(sortedFirstPage);
        assertThat(new Select(driver.findElement(By.id("sort"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("start");
        assertThat(driver.findElement(By.cssSelector("input[name='mode'][value='" + first + "']")).isSelected()).isTrue();
        assertThat(driver.findElement(By.cssSelector("input[name='mode'][value='" + second + "']")).isSelected()).isTrue();
        Axe.assertAccessible(driver);
    }

    private static List<String> hitTitles(WebDriver driver) {
        return driver.findElements(By.cssSelector("ol.hits .hit__title a")).stream().map(WebElement::getText).toList();
    }

    /**
     * Waits (up to a minute) until the server completes {@code prefix}: after a deployment the
     * completions are built in the background from the index, and the box asks only once per keystroke.
     */
    private void awaitSuggestions(String prefix) throws Exception {
        HttpTestClient client = new HttpTestClient(base);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (HttpTestClient.json(client.get("api/v1/search/suggest?q=" + prefix)).getJsonArray("items").isEmpty()) {
            assertThat(System.nanoTime()).as("completions for " + prefix + " within a minute of deployment").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static String htmlLang(WebDriver driver) {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    private static List<String> offeringLinks(WebDriver driver) {
        return driver.findElements(By.cssSelector("#offerings tbody th a")).stream()
                .map(a -> a.getDomProperty("href"))
                .toList();
    }
}
