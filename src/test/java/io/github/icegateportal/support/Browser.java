package io.github.icegateportal.support;

import io.github.icegateportal.shared.web.RateLimits;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
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
 * <p>Every browser test comes from the same client address and the rate limits refill on the test clock, which
 * browser tests do not move: each test starts with the limits unused, as a person of its own would.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, AutoCloseable {

    private ChromeDriver driver;
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
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.baseUrl = "http://localhost:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /**
     * Presses a button or link that leads to another page: scrolls it to the middle of the window at once, clicks
     * it wherever it is on the page, and returns when the page it was on has gone, so that the next look-up reads
     * the new page and not the old one.
     */
    public void press(By element) {
        var target = driver.findElement(element);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", target);
        target.click();
        waitForNextPage(target);
    }

    /** Activates a button or link that leads to another page with the Enter key, as a keyboard-only person would. */
    public void pressFromKeyboard(By element) {
        var target = driver.findElement(element);
        target.sendKeys(Keys.ENTER);
        waitForNextPage(target);
    }

    /**
     * Waits until the pressed element's page has gone. While Chromium swaps documents, asking after the old element
     * may fail with "stale element" or with "node does not belong to the document"; either means the page changed.
     */
    private void waitForNextPage(WebElement pressed) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ignored -> {
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
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
