package io.github.icegateportal.registration.iec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.Browser;
import io.github.icegateportal.support.BrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The IEC-based registration in Chromium, with the demo DSC token, screenshots of each step. */
@BrowserTest
class IecRegistrationBrowserTests {

    private static final Pattern SIX_DIGITS = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPersonRegistersWithTheDemoTokenAndSeesTheReferenceNumber() throws IOException {
        var holder = DgftRows.proprietor(jdbc);
        var driver = browser.driver();

        browser.open("/registration/iec");
        browser.screenshot("dsc-1-choice");
        browser.pressFromKeyboard(By.id("fresh-registration"));

        driver.findElement(By.id("iec")).sendKeys(holder.iec());
        driver.findElement(By.id("pan")).sendKeys(holder.pan());
        driver.findElement(By.id("email")).sendKeys(holder.email());
        driver.findElement(By.id("mobile")).sendKeys(holder.mobile());
        browser.screenshot("dsc-2-details");
        browser.pressFromKeyboard(By.cssSelector("main form button[type=submit]"));

        assertThat(driver.getPageSource()).contains("Your OTP sent successfully");
        String otpPage = driver.getCurrentUrl();
        String mobileOtp = otp(holder.mobile());
        String emailOtp = otp(holder.email());
        driver.get(otpPage);
        driver.findElement(By.id("mobileOtp")).sendKeys(mobileOtp);
        driver.findElement(By.id("emailOtp")).sendKeys(emailOtp);
        browser.screenshot("dsc-3-otp");
        browser.pressFromKeyboard(By.cssSelector("main form button[type=submit]"));

        Path scan = Files.createTempFile("kyc-", ".pdf");
        Files.write(scan, SampleFiles.pdf());
        for (var type : new String[] {"PAN_CARD", "AADHAAR", "ADDRESS_PROOF"}) {
            driver.findElement(By.id("file-" + type))
                    .sendKeys(scan.toAbsolutePath().toString());
            browser.pressFromKeyboard(By.cssSelector("#document-" + type + " button[type=submit]"));
        }
        browser.screenshot("dsc-4-documents");
        browser.pressFromKeyboard(By.id("documents-next"));

        String challenge = driver.findElement(By.id("dsc-challenge")).getText();
        assertThat(challenge).contains("ICEGATE-MODEL DSC challenge");
        browser.screenshot("dsc-5-challenge");
        browser.pressFromKeyboard(By.id("demo-token"));
        browser.screenshot("dsc-6-demo-token");
        browser.pressFromKeyboard(By.xpath("//main//button[normalize-space()='Sign with the demo token']"));
        browser.pressFromKeyboard(By.id("return-to-registration"));
        browser.pressFromKeyboard(By.id("use-demo-signature"));

        driver.findElement(By.id("icegateId")).sendKeys("dsc-" + holder.pan().toLowerCase());
        driver.findElement(By.id("newPassword")).sendKeys(IecFixtures.PASSWORD);
        driver.findElement(By.id("confirmPassword")).sendKeys(IecFixtures.PASSWORD);
        browser.screenshot("dsc-7-icegate-id");
        browser.pressFromKeyboard(By.cssSelector("main form button[type=submit]"));

        browser.screenshot("dsc-8-summary");
        browser.pressFromKeyboard(By.id("submit-registration"));

        String reference = driver.findElement(By.id("reference-number")).getText();
        assertThat(reference).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        assertThat(driver.getPageSource()).contains("24–72 hours");
        browser.screenshot("dsc-9-submitted");
    }

    /** The OTP in the newest message to {@code recipient}, read from the demo outbox as a person would. */
    private String otp(String recipient) {
        browser.open("/demo/outbox.json?limit=1&recipient=" + recipient);
        var matcher = SIX_DIGITS.matcher(
                browser.driver().findElement(By.tagName("body")).getText());
        assertThat(matcher.find()).isTrue();
        return matcher.group();
    }
}
