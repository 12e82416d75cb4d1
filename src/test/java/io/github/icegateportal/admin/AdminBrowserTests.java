package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.Browser;
import io.github.icegateportal.support.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * An admin approves one registration (after ticking the confirmation the first try lacked) and rejects another in
 * Chromium; screenshots under target/screenshots.
 */
@BrowserTest
class AdminBrowserTests extends WithQueueFixtures {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void anAdminApprovesOneRegistrationAndRejectsAnotherWithAReason() {
        String iec = QueueFixtures.newIec();
        String older = fixtures.submitted(iec, clock.instant().minus(Duration.ofHours(80)));
        String newer = fixtures.submitted(iec, clock.instant().minus(Duration.ofHours(3)));
        var driver = browser.driver();

        browser.open("/admin/login");
        driver.findElement(By.id("username")).sendKeys(AdminLogin.USERNAME);
        driver.findElement(By.id("password")).sendKeys(AdminLogin.PASSWORD);
        browser.press(By.cssSelector("#admin-login-form button[type=submit]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Admin overview");
        browser.screenshot("admin-overview");

        browser.open("/admin/registrations?iec=" + iec);
        assertThat(driver.findElement(By.cssSelector("tr[data-reference='" + older + "']"))
                        .getAttribute("class"))
                .contains("overdue");
        browser.screenshot("admin-queue");

        var window = driver.manage().window();
        var desktop = window.getSize();
        try {
            window.setSize(new Dimension(390, 844));
            browser.open("/admin/registrations?iec=" + iec);
            assertThat(driver.findElement(By.cssSelector("tr[data-reference='" + older + "']"))
                            .getCssValue("display"))
                    .as("a queue row is a card at 390 px")
                    .isEqualTo("block");
            assertThat(number("return document.documentElement.scrollWidth"))
                    .as("no sideways scroll at 390 px")
                    .isLessThanOrEqualTo(number("return window.innerWidth"));
            browser.screenshot("admin-queue-390px");
        } finally {
            window.setSize(desktop);
        }
        browser.open("/admin/registrations?iec=" + iec);

        browser.press(By.linkText(older));
        browser.screenshot("admin-detail");
        assertThat(number("return document.getElementById('approve').getBoundingClientRect().bottom"))
                .as("Approve is in view without scrolling")
                .isLessThanOrEqualTo(number("return window.innerHeight"));
        browser.press(By.id("approve"));
        assertThat(driver.findElement(By.id("confirmed-error")).getText())
                .isEqualTo("Tick \"I have checked the documents and the DSC\" to approve. Nothing was decided.");
        assertThat(driver.findElement(By.id("registration-status")).getText())
                .isEqualTo("Submitted: waiting for a decision");
        browser.screenshot("admin-approve-unconfirmed");
        driver.findElement(By.id("confirmed")).click();
        browser.press(By.id("approve"));
        assertThat(driver.findElement(By.id("decision-outcome")).getText())
                .startsWith("The registration has been approved.");
        assertThat(driver.findElement(By.id("registration-status")).getText()).isEqualTo("Approved: not yet activated");
        browser.screenshot("admin-approved");

        browser.open("/admin/registrations/" + newer);
        new Select(driver.findElement(By.id("reasonCode"))).selectByValue("DOCUMENT_UNREADABLE");
        driver.findElement(By.id("reasonText")).sendKeys("The PAN card scan is blurred.");
        browser.press(By.id("reject"));
        assertThat(driver.findElement(By.id("decision-outcome")).getText())
                .startsWith("The registration has been rejected.");
        assertThat(driver.findElement(By.id("rejection-reason")).getText())
                .isEqualTo("A document cannot be read: The PAN card scan is blurred.");
        assertThat(browser.screenshot("admin-rejected")).exists();
    }

    private static int number(String script) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(script)).intValue();
    }
}
