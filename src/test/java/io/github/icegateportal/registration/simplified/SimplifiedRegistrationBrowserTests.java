package io.github.icegateportal.registration.simplified;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.notification.Notifications;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.support.Browser;
import io.github.icegateportal.support.BrowserTest;
import io.github.icegateportal.support.MutableClock;
import java.sql.Date;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Case 1.1 in Chromium, page by page, reading the temporary password and the OTPs from the demo outbox page. */
@BrowserTest
class SimplifiedRegistrationBrowserTests {

    private static final String IEC = "BRWPS7311K";

    private static final String GSTIN = "29" + IEC + "1Z" + Gstin.checkCharacter("29" + IEC + "1Z");

    private static final String EMAIL = "browser.case11@example.in";

    private static final String MOBILE = "9731100721";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    Notifications notifications;

    @Test
    void aProprietorFinishesCase11AndIsToldTheIcegateId() {
        holderOfItsOwn(IEC, GSTIN, EMAIL, MOBILE);

        TemporaryPasswordPage.open(browser).request(IEC, GSTIN);
        String temporaryPassword = find(outbox(EMAIL), "is: (\\S{12})");

        DetailsPage.open(browser).submit(IEC, GSTIN, temporaryPassword);
        new IcegateIdPage(browser).choose("Browser_Case11", "Chromium#Case11");
        OtpPage otpPage = new OtpPage(browser);
        assertThat(otpPage.notice()).isEqualTo(Spec.OTP_SENT);
        String otpPageUrl = browser.driver().getCurrentUrl();
        String mobileOtp = find(outbox(MOBILE), "(?<!\\d)(\\d{6})(?!\\d)");
        String emailOtp = find(outbox(EMAIL), "(?<!\\d)(\\d{6})(?!\\d)");
        browser.driver().navigate().to(otpPageUrl);
        otpPage.submit(mobileOtp, emailOtp);
        VerifiedPage verified = new VerifiedPage(browser);
        assertThat(verified.notice()).isEqualTo(Spec.OTP_VERIFIED);
        FinishPage finish = verified.finish();
        assertThat(finish.question()).isEqualTo(Spec.CONFIRM_FINISH);
        String success = finish.ok();

        assertThat(success).isEqualTo(Spec.SUCCESS + "Browser_Case11");
        assertThat(browser.driver().findElement(By.id("breadcrumb")).getText()).contains(Spec.BREADCRUMB);
        assertThat(browser.screenshot("simplified-case-1-1-success")).exists();
    }

    @Test
    void readYourOtpsOpensTheOutboxInANewTabWithOnlyThisStepsMessagesNewestFirst() {
        String iec = "BRXPS7312K";
        String gstin = "29" + iec + "1Z" + Gstin.checkCharacter("29" + iec + "1Z");
        String email = "browser.read-otps@example.in";
        String mobile = "9731100722";
        holderOfItsOwn(iec, gstin, email, mobile);
        notifications.sms(MobileNumber.of("9731100723"), "Your mobile OTP is 999999 for someone else.");

        TemporaryPasswordPage.open(browser).request(iec, gstin);
        String temporaryPassword = find(outbox(email), "is: (\\S{12})");
        DetailsPage.open(browser).submit(iec, gstin, temporaryPassword);
        new IcegateIdPage(browser).choose("Browser_Otps12", "Chromium#Otps12");
        OtpPage otpPage = new OtpPage(browser);
        assertThat(otpPage.notice()).isEqualTo(Spec.OTP_SENT);
        var driver = browser.driver();
        String otpTab = driver.getWindowHandle();
        var link = driver.findElement(By.id("read-otps"));
        assertThat(link.getDomAttribute("target")).isEqualTo("_blank");
        assertThat(link.getDomAttribute("rel")).isEqualTo("noopener");

        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getWindowHandles().size() == 2);
        String outboxTab = driver.getWindowHandles().stream()
                .filter(handle -> !handle.equals(otpTab))
                .findFirst()
                .orElseThrow();
        driver.switchTo().window(outboxTab);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/demo/outbox")
                        && !d.findElements(By.cssSelector("tr.outbox-message")).isEmpty());

        assertThat(driver.getCurrentUrl()).contains("recipient=" + email, "recipient=" + mobile);
        var rows = driver.findElements(By.cssSelector("tr.outbox-message"));
        List<String> recipients = rows.stream()
                .map(row -> row.findElement(By.cssSelector(".outbox-recipient")).getText())
                .toList();
        List<String> bodies = rows.stream()
                .map(row -> row.findElement(By.cssSelector(".outbox-body")).getText())
                .toList();
        assertThat(recipients).containsOnly(email, mobile);
        assertThat(recipients.subList(0, 2)).containsExactlyInAnyOrder(email, mobile);
        assertThat(bodies.subList(2, bodies.size())).anyMatch(body -> body.contains(temporaryPassword));
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("999999");
        assertThat(browser.screenshot("read-your-otps-outbox")).exists();
        String otp = "(?<!\\d)(\\d{6})(?!\\d)";
        String mobileOtp = find(bodies.get(recipients.indexOf(mobile)), otp);
        String emailOtp = find(bodies.get(recipients.indexOf(email)), otp);
        driver.close();
        driver.switchTo().window(otpTab);

        otpPage.submit(mobileOtp, emailOtp);
        assertThat(new VerifiedPage(browser).notice()).isEqualTo(Spec.OTP_VERIFIED);
    }

    private void holderOfItsOwn(String iec, String gstin, String email, String mobile) {
        jdbc.update("DELETE FROM gstn_registration WHERE gstin = ?", gstin);
        jdbc.update("DELETE FROM dgft_iec WHERE iec = ?", iec);
        Date today = Date.valueOf(clock.instant().atZone(clock.getZone()).toLocalDate());
        jdbc.update(
                "INSERT INTO dgft_iec (iec, pan, firm_name, email, mobile, address, status, last_updated)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)",
                iec,
                iec,
                "Browser Test Spices",
                email,
                mobile,
                "1 Test Road, Bengaluru",
                today);
        jdbc.update(
                "INSERT INTO gstn_registration (gstin, pan, legal_name, email, mobile, status, last_updated)"
                        + " VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?)",
                gstin,
                iec,
                "Browser Test Spices",
                email,
                mobile,
                today);
    }

    /** The newest message body to {@code recipient}, as the demo outbox serves it. */
    private static String outbox(String recipient) {
        browser.open("/demo/outbox.json?recipient=" + recipient + "&limit=1");
        String json = browser.driver().findElement(By.tagName("body")).getText();
        List<Map<String, String>> messages =
                JsonMapper.builder().build().readValue(json, new TypeReference<List<Map<String, String>>>() {});
        assertThat(messages).isNotEmpty();
        return messages.get(0).get("body");
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in %s", regex, text).isTrue();
        return matcher.group(1);
    }

    // ----- Page objects

    record TemporaryPasswordPage(Browser browser) {
        static TemporaryPasswordPage open(Browser browser) {
            browser.open("/registration/simplified/temporary-password");
            return new TemporaryPasswordPage(browser);
        }

        void request(String iec, String gstin) {
            browser.driver().findElement(By.id("iec")).sendKeys(iec);
            browser.driver().findElement(By.id("gstin")).sendKeys(gstin);
            browser.press(By.cssSelector("form.simplified-form button[type=submit]"));
            assertThat(browser.driver()
                            .findElement(By.id("temporary-password-sent"))
                            .isDisplayed())
                    .isTrue();
            // the next step: the first screen, with both filled in
            assertThat(browser.driver().findElement(By.id("iec")).getDomProperty("value"))
                    .isEqualTo(iec);
            assertThat(browser.driver().findElement(By.id("gstin")).getDomProperty("value"))
                    .isEqualTo(gstin);
        }
    }

    record DetailsPage(Browser browser) {
        static DetailsPage open(Browser browser) {
            browser.open("/registration/simplified");
            return new DetailsPage(browser);
        }

        void submit(String iec, String gstin, String password) {
            browser.driver().findElement(By.id("iec")).sendKeys(iec);
            browser.driver().findElement(By.id("gstin")).sendKeys(gstin);
            browser.driver().findElement(By.id("password")).sendKeys(password);
            browser.press(By.cssSelector("form.simplified-form button[type=submit]"));
        }
    }

    record IcegateIdPage(Browser browser) {
        void choose(String icegateId, String password) {
            browser.driver().findElement(By.id("icegateId")).sendKeys(icegateId);
            browser.driver().findElement(By.id("newPassword")).sendKeys(password);
            browser.driver().findElement(By.id("confirmPassword")).sendKeys(password);
            browser.press(By.cssSelector("form.simplified-form button[type=submit]"));
        }
    }

    record OtpPage(Browser browser) {
        String notice() {
            return browser.driver().findElement(By.id("otp-sent")).getText();
        }

        void submit(String mobileOtp, String emailOtp) {
            browser.driver().findElement(By.id("mobileOtp")).sendKeys(mobileOtp);
            browser.driver().findElement(By.id("emailOtp")).sendKeys(emailOtp);
            browser.press(By.cssSelector("form.simplified-form button[type=submit]"));
        }
    }

    record VerifiedPage(Browser browser) {
        String notice() {
            return browser.driver().findElement(By.id("otp-verified")).getText();
        }

        FinishPage finish() {
            browser.press(By.id("finish"));
            return new FinishPage(browser);
        }
    }

    record FinishPage(Browser browser) {
        String question() {
            return browser.driver().findElement(By.id("confirm-question")).getText();
        }

        /** OK: the success message. */
        String ok() {
            browser.press(By.id("confirm-ok"));
            return browser.driver().findElement(By.id("registration-success")).getText();
        }
    }
}
