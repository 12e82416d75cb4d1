package io.github.icegateportal.support;

import io.github.icegateportal.shared.web.RateLimits;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Headless Debian Chromium for browser tests, with the flags this closed network needs, and screenshots saved
 * under {@code target/screenshots}. A {@link BrowserTest} class holds one for all its tests:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final Browser browser = new Browser();
 * </pre>
 *
 * It starts Chromium before the class's first test, on the portal's port, and quits it after the last one; a class
 * that is skipped starts nothing.
 *
 * <p>Every page state a test reaches is checked with axe-core against WCAG 2.0/2.1 A and AA (see
 * {@link AccessibilityCheck}): after {@link #open}, {@link #press} and {@link #pressFromKeyboard}, and before the test
 * looks anything up on a page it reached another way (a link clicked, Enter in a form, a new tab). A test that
 * visited a page with a violation fails after it ran, with the list of rule, element and page.
 *
 * <p>Every browser test comes from the same client address and the rate limits refill on the test clock, which
 * browser tests do not move: each test starts with the limits unused, as a person of its own would.
 */
public final class Browser
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, AutoCloseable {

    private final AccessibilityCheck accessibility = new AccessibilityCheck();

    /** Chromium itself, for the browser's own calls and the accessibility check. */
    private ChromeDriver chromium;

    /** Chromium as the tests see it: every look-up first has the page checked for accessibility. */
    private WebDriver driver;

    private String baseUrl;

    @Override
    public void beforeAll(ExtensionContext context) {
        var environment = SpringExtension.getApplicationContext(context).getEnvironment();
        start(environment.getRequiredProperty("local.server.port", Integer.class));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(RateLimits.class).reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        accessibility.checkIfNew(chromium);
        accessibility.verify();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void start(int port) {
        var options = new ChromeOptions();
        options.setBinary(System.getenv("PORTAL_TEST_BROWSER"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                // Bootstrap scrolls smoothly unless the reader asks for reduced motion; a click that lands
                // while the page is still scrolling hits whatever is under the pointer instead.
                "--force-prefers-reduced-motion",
                "--window-size=1280,1400");
        var chromedriver = System.getenv().getOrDefault("PORTAL_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .build();
        this.chromium = new ChromeDriver(service, options);
        this.chromium.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.driver = new EventFiringDecorator<WebDriver>(
                        new CheckEachPageReached(() -> accessibility.checkIfNew(chromium)))
                .decorate(chromium);
        this.baseUrl = "http://localhost:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        chromium.get(baseUrl + path);
        accessibility.checkIfNew(chromium);
    }

    /**
     * Presses a button or link that leads to another page: scrolls it to the middle of the window at once, clicks
     * it wherever it is on the page, and returns when the page it was on has gone, so that the next look-up reads
     * the new page and not the old one.
     */
    public void press(By element) {
        accessibility.checkIfNew(chromium);
        var target = chromium.findElement(element);
        chromium.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", target);
        target.click();
        waitForNextPage(target);
        accessibility.checkIfNew(chromium);
    }

    /** Activates a button or link that leads to another page with the Enter key, as a keyboard-only person would. */
    public void pressFromKeyboard(By element) {
        accessibility.checkIfNew(chromium);
        var target = chromium.findElement(element);
        target.sendKeys(Keys.ENTER);
        waitForNextPage(target);
        accessibility.checkIfNew(chromium);
    }

    /**
     * Waits until the pressed element's page has gone. While Chromium swaps documents, asking after the old element
     * may fail with "stale element" or with "node does not belong to the document"; either means the page changed.
     */
    private void waitForNextPage(WebElement pressed) {
        new WebDriverWait(chromium, Duration.ofSeconds(30)).until(ignored -> {
            try {
                pressed.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /** Saves a PNG of the current page as target/screenshots/{name}.png and returns its path. */
    public Path screenshot(String name) {
        try {
            var target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            accessibility.checkIfNew(chromium);
            Files.write(target, chromium.getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (chromium != null) {
            chromium.quit();
            chromium = null;
            driver = null;
        }
    }

    /**
     * Checks the page before a test reads it, for pages reached without {@link #open} or {@link #press}: a link
     * clicked, a form sent with Enter, an address typed, another tab. Pages already checked cost one script call.
     * Public only because Selenium's decorator calls it by reflection.
     */
    public static final class CheckEachPageReached implements WebDriverListener {

        private final Runnable check;

        CheckEachPageReached(Runnable check) {
            this.check = check;
        }

        @Override
        public void beforeFindElement(WebDriver ignored, By locator) {
            check.run();
        }

        @Override
        public void beforeFindElements(WebDriver ignored, By locator) {
            check.run();
        }

        @Override
        public void beforeGetPageSource(WebDriver ignored) {
            check.run();
        }

        @Override
        public void beforeGetCurrentUrl(WebDriver ignored) {
            check.run();
        }
    }
}
