package org.parley.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.Fixtures;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web UI in Debian's headless Chromium, driven by Selenium, against a server on 127.0.0.1
 * holding the analyzed samples. Each page is saved as a screenshot under target/screenshots.
 * Without Chromium the test is skipped, unless PARLEY_REQUIRE_BROWSER is set (CI sets it).
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;

    private static Server server;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("PARLEY_REQUIRE_BROWSER") == null) {
            Assumptions.assumeTrue(present, "Chromium and chromedriver are not installed");
        }
        assertTrue(present, "PARLEY_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        server = ApiTest.start(Fixtures.copyOfDemo(dir), "127.0.0.1", null);
        base = "http://127.0.0.1:" + server.port() + "/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags that keep Chromium from reaching for the network at start (this machine has none)
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void open(String hash) {
        browser.get(base + hash);
        browser.navigate().refresh(); // a new hash on the same page: load it afresh, as a user's bookmark would
    }

    @Test
    void searchOpenAnArticleHoverAnEventThenTimelineNetworkAndDossier() throws IOException {
        // search: type a query, see highlighted matches and facets
        open("#/");
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.name("q")));
        box.sendKeys("sanctions");
        browser.findElement(By.cssSelector("#search-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits .hit mark")));
        List<WebElement> hits = browser.findElements(By.cssSelector("#hits .hit"));
        assertTrue(hits.size() >= 2, "hits: " + hits.size());
        assertTrue(browser.findElement(By.cssSelector("#hits mark")).getText().toLowerCase().startsWith("sanction"));
        assertFalse(browser.findElements(By.cssSelector("#facets a[data-facet=country]")).isEmpty());
        screenshot("1-search");

        // a facet narrows the matches
        String before = browser.findElement(By.id("result-count")).getText();
        browser.findElement(By.cssSelector("#facets a[data-facet=genre]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "genre:"));
        assertFalse(before.contains("genre:"));

        // open the first match: the annotated article; hovering an event shows its code, status, date and evidence
        browser.findElement(By.cssSelector("#hits .hit a.title")).click();
        WebElement event = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#body .ev")));
        assertFalse(browser.findElements(By.cssSelector("#body .actor")).isEmpty());
        new Actions(browser).moveToElement(event).perform();
        WebElement tip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tip")));
        String shown = tip.getText();
        assertTrue(shown.matches("(?s)\\d{3,4} .*status: (occurred|announced|planned|negated).*date: .*evidence \\[\\d+, \\d+\\).*"), shown);
        screenshot("2-article-event-hover");

        // the event table
        open("#/events?actor=RUS");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#events tbody tr")));
        assertTrue(browser.findElement(By.id("event-count")).getText().matches("\\d+ event\\(s\\)"));
        screenshot("3-events");

        // the timeline: stacked bars per month
        open("#/timeline");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline rect.bar")));
        assertTrue(browser.findElements(By.cssSelector("#timeline rect.bar")).size() >= 3);
        screenshot("4-timeline");

        // the network: actors as nodes, events as edges; a click opens the actor's dossier
        open("#/network");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network .node")));
        assertTrue(browser.findElements(By.cssSelector("#network .node")).size() >= 4);
        assertTrue(browser.findElements(By.cssSelector("#network line.edge")).size() >= 3);
        screenshot("5-network");
        List<WebElement> nodes = browser.findElements(By.cssSelector("#network .node"));
        WebElement node = nodes.get(nodes.size() - 1); // drawn last: no other node or label lies over its circle
        String code = node.getAttribute("data-code");
        new Actions(browser).moveToElement(node.findElement(By.tagName("circle"))).click().perform();
        WebElement heading = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dossier")));
        assertEquals("Actor " + code, heading.getText());
        screenshot("6-actor-dossier");

        // the map: offline outlines, a point per place, a click lists the place's events and opens one's article
        open("#/map");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map circle.place")));
        assertTrue(browser.findElements(By.cssSelector("#map path.country")).size() > 100, "country outlines drawn");
        assertTrue(browser.findElements(By.cssSelector("#map circle.place")).size() >= 5);
        WebElement point = browser.findElements(By.cssSelector("#map circle.place")).get(0);
        new Actions(browser).moveToElement(point).click().perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#place-events a")));
        screenshot("7-map");
        browser.findElement(By.cssSelector("#place-events a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#body .ev")));
    }
}
