package io.github.icegateportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.Browser;
import io.github.icegateportal.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A person logs in with the keyboard-free minimum and sees a dashboard that tells the truth about the account. */
@BrowserTest
class LoginBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Accounts accounts;

    @Test
    void aSimplifiedAccountLogsInAndIsToldItMayNotFile() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("BrowserSimple"));

        logIn(account.icegateId().value(), "login-simplified");

        assertThat(browser.driver().findElement(By.id("icegate-id")).getText())
                .isEqualTo(account.icegateId().value());
        assertThat(browser.driver().findElement(By.id("route")).getText()).contains("Simplified");
        assertThat(browser.driver().findElement(By.id("filing-not-allowed")).getText())
                .contains("may not file customs documents");
        assertThat(browser.driver().findElement(By.id("may-now")).getText())
                .contains("sign in with its ICEGATE ID or its IEC", "registration status by reference number");
        assertThat(browser.screenshot("dashboard-simplified")).exists();
        browser.open("/filing");
        assertThat(browser.driver().findElement(By.id("filing-refused")).getText())
                .contains("may not file customs documents");
        assertThat(browser.screenshot("filing-refused-simplified")).exists();
        logOut();
    }

    @Test
    void aDscAccountLogsInByIecAndSeesItMayFile() {
        NewAccount request = TestAccounts.newAccount("BrowserDsc");
        accounts.openDscPendingActivation(request);
        accounts.activate(request.icegateId());

        logIn(request.iec().value(), "login-dsc");

        assertThat(browser.driver().findElement(By.id("linkage")).getText()).contains("IEC linked with Customs");
        assertThat(browser.driver().findElements(By.id("filing-not-allowed"))).isEmpty();
        assertThat(browser.screenshot("dashboard-dsc")).exists();
        browser.open("/filing");
        assertThat(browser.driver().findElement(By.id("filing-services")).getText())
                .contains("File Shipping Bills");
        assertThat(browser.screenshot("filing-dsc")).exists();
        logOut();
    }

    @Test
    void aFailedLoginKeepsTheNameWarnsBeforeTheLastTryAndTheHeaderThenShowsWhoIsSignedIn() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("BrowserKeep"));
        String id = account.icegateId().value();
        browser.open("/login");
        browser.driver().findElement(By.id("username")).sendKeys(id);
        for (int i = 1; i < 5; i++) {
            browser.driver().findElement(By.id("password")).sendKeys("Wrong#Password1");
            browser.press(By.cssSelector("form.account-form button[type=submit]"));
            assertThat(browser.driver().findElement(By.id("username")).getAttribute("value"))
                    .isEqualTo(id);
            assertThat(browser.driver().findElement(By.id("password")).getAttribute("value"))
                    .isEmpty();
        }
        assertThat(browser.driver().findElement(By.id("last-try")).getText()).startsWith("One try left");
        assertThat(browser.screenshot("login-last-try")).exists();

        browser.driver().findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.press(By.cssSelector("form.account-form button[type=submit]"));

        assertThat(browser.driver().getCurrentUrl()).endsWith("/dashboard");
        assertThat(browser.driver().findElement(By.id("signed-in-id")).getText())
                .isEqualTo(id);
        browser.press(By.cssSelector("nav.signed-in a[href='/account']"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/account");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("My account");
        assertThat(browser.screenshot("account-page")).exists();
        browser.press(By.cssSelector("nav.signed-in form[action='/logout'] button"));
        assertThat(browser.driver().getCurrentUrl()).contains("/login?logout");
        assertThat(browser.driver().findElements(By.id("signed-in-id"))).isEmpty();
    }

    private static void logIn(String username, String screenshot) {
        browser.open("/login");
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.screenshot(screenshot);
        browser.press(By.cssSelector("form.account-form button[type=submit]"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/dashboard");
    }

    private static void logOut() {
        browser.open("/dashboard");
        browser.press(By.cssSelector("form[action='/logout'] button"));
        assertThat(browser.driver().getCurrentUrl()).contains("/login?logout");
    }
}
