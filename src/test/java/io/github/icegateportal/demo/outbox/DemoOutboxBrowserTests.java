package io.github.icegateportal.demo.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.notification.Notifications;
import io.github.icegateportal.support.Browser;
import io.github.icegateportal.support.BrowserTest;
import io.github.icegateportal.support.Outbox;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo outbox in Chromium, on a random port where {@code portal.base-url} (port 8080) is not the portal: links
 * into the portal still work, and on a phone-wide window each message is a card.
 */
@BrowserTest
class DemoOutboxBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Notifications notifications;

    @LocalServerPort
    int port;

    @Test
    void anActivationLinkInAMessageIsClickableAndLeadsToThePortalServingThePage() {
        var email = Outbox.uniqueEmail();
        notifications.email(
                email,
                "Activate your ICEGATE account",
                "Open http://localhost:8080/registration/activate?token=not-a-real-token to activate.");
        browser.open("/demo/outbox?recipient=" + email.value());

        var link = browser.driver().findElement(By.cssSelector(".outbox-body a"));
        assertThat(link.getText()).isEqualTo("http://localhost:8080/registration/activate?token=not-a-real-token");
        assertThat(link.getDomAttribute("href")).isEqualTo("/registration/activate?token=not-a-real-token");
        assertThat(URI.create(link.getDomProperty("href")).getPort())
                .isEqualTo(port)
                .isNotEqualTo(8080);
        assertThat(lines(browser.driver().findElement(By.cssSelector(".outbox-recipient"))))
                .as("lines of the address")
                .isEqualTo(1);
        assertThat(browser.screenshot("demo-outbox-desktop")).exists();

        browser.press(By.cssSelector(".outbox-body a"));

        assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).isEqualTo("/registration/activate");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Activate your ICEGATE account");
    }

    @Test
    void onAPhoneWideWindowEachMessageIsACardWithItsLabels() {
        var mobile = Outbox.uniqueMobile();
        var email = Outbox.uniqueEmail();
        notifications.sms(mobile, "Your mobile OTP is 123456.");
        notifications.email(email, "Your OTP", "Your email OTP is 654321.");
        var window = browser.driver().manage().window();
        var desktop = window.getSize();
        try {
            window.setSize(new Dimension(390, 844));
            browser.open("/demo/outbox?recipient=" + mobile.value() + "&recipient=" + email.value());

            var rows = browser.driver().findElements(By.cssSelector("tr.outbox-message"));
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getCssValue("display")).isEqualTo("block");
            assertThat(rows.get(1)
                            .findElement(By.cssSelector(".outbox-recipient"))
                            .getText())
                    .isEqualTo(mobile.value());
            assertThat(browser.driver()
                            .findElement(By.cssSelector(".outbox-table thead"))
                            .getSize()
                            .getHeight())
                    .isLessThanOrEqualTo(1);
            var recipient = rows.get(0).findElement(By.cssSelector(".outbox-recipient"));
            assertThat(recipient.getText()).isEqualTo(email.value());
            assertThat(lines(recipient)).as("lines of the address").isEqualTo(1);
            assertThat(((Number) script().executeScript("return document.documentElement.scrollWidth")).intValue())
                    .isLessThanOrEqualTo(((Number) script().executeScript("return window.innerWidth")).intValue());
            script().executeScript(
                            "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
                            browser.driver().findElement(By.cssSelector(".outbox-table")));
            assertThat(browser.screenshot("demo-outbox-390px")).exists();
        } finally {
            window.setSize(desktop);
        }
    }

    private static JavascriptExecutor script() {
        return (JavascriptExecutor) browser.driver();
    }

    /** How many lines the element's text takes on the page. */
    private static int lines(WebElement element) {
        return ((Number) script().executeScript(
                                "var range = document.createRange(); range.selectNodeContents(arguments[0]);"
                                        + " return range.getClientRects().length;",
                                element))
                .intValue();
    }
}
