package io.github.icegateportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The account's page at /account, and the header that shows who is signed in. */
@PortalTest
class AccountPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Test
    void theAccountPageShowsContactsPasswordLoginOtpAndWhatTheAccountMayDo() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Page"));
        var visitor = new Visitor(mvc);
        visitor.logIn(account.icegateId().value(), TestAccounts.PASSWORD);

        var result = visitor.get("/account");

        assertThat(result).hasStatusOk();
        assertThat(Visitor.body(result))
                .contains("<h1>My account</h1>")
                .contains(account.icegateId().value(), account.iec().value(), account.firmName())
                .contains(account.email().masked(), account.mobile().masked())
                .doesNotContain(account.email().value(), account.mobile().value())
                .contains("href=\"/account/email\"", "href=\"/account/mobile\"")
                .contains("href=\"/account/password\"", "href=\"/account/login-otp\"")
                .contains("Off: a login asks only for the password.")
                .contains("What this account may do", "not allowed", "/registration/iec")
                .as("a simplified account is told what it may do, not only what it may not")
                .contains("It may now:", "sign in with its ICEGATE ID or its IEC")
                .contains("href=\"/registration/status\"", "href=\"/enquiry/iec-status\"")
                .contains("It may not yet file customs documents:");
    }

    @Test
    void theAccountPageFollowsTheLoginOtpSetting() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("PageOtp"));
        var visitor = new Visitor(mvc);
        visitor.logIn(account.icegateId().value(), TestAccounts.PASSWORD);
        visitor.get("/account/login-otp");
        visitor.post("/account/login-otp", "loginOtp", "true");

        assertThat(Visitor.body(visitor.get("/account"))).contains("On: every login asks for OTPs.");
    }

    @Test
    void theAccountPageIsForASignedInExporterOnly() {
        assertThat(new Visitor(mvc).get("/account").getResponse().getRedirectedUrl())
                .endsWith("/login");
    }

    @Test
    void theHeaderShowsTheIdDashboardAndLogoutOnceSignedInOnEveryPage() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Header"));
        var visitor = new Visitor(mvc);
        visitor.logIn(account.icegateId().value(), TestAccounts.PASSWORD);

        for (String path : new String[] {"/", "/dashboard", "/account", "/help"}) {
            assertThat(Visitor.body(visitor.get(path)))
                    .as(path)
                    .contains("Signed in as</span> <strong id=\"signed-in-id\">"
                            + account.icegateId().value() + "</strong>")
                    .contains("<a href=\"/dashboard\">Dashboard</a>")
                    .contains("<a href=\"/account\">My account</a>")
                    .containsPattern(
                            "<form action=\"/logout\" method=\"post\">\\s*<input type=\"hidden\" name=\"_csrf\"");
        }
        visitor.post("/logout");
        assertThat(Visitor.body(visitor.get("/"))).doesNotContain("signed-in-id", "action=\"/logout\"");
    }

    @Test
    void anAnonymousPageShowsNoSignedInHeaderAndStartsNoSession() {
        var visitor = new Visitor(mvc);

        for (String path : new String[] {"/", "/login", "/help", "/login/forgot-password"}) {
            assertThat(Visitor.body(visitor.get(path))).as(path).doesNotContain("signed-in-id", "action=\"/logout\"");
        }
        assertThat(visitor.hasCookie("SESSION")).isFalse();
    }
}
