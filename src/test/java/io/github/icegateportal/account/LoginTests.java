package io.github.icegateportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.directory.DirectoryCorrections;
import io.github.icegateportal.directory.IecCorrection;
import io.github.icegateportal.directory.IecStatus;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.security.BoundedPasswordEncoder;
import io.github.icegateportal.support.AtOnce;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PortalTest
class LoginTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    BoundedPasswordEncoder passwordEncoder;

    @Autowired
    DirectoryCorrections corrections;

    @Autowired
    LoginProperties login;

    @Test
    void loginByIcegateIdInAnyCaseOpensTheDashboard() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("ById"));
        var visitor = new Visitor(mvc);

        var result = visitor.logIn(account.icegateId().value().toLowerCase(Locale.ROOT), TestAccounts.PASSWORD);

        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/dashboard");
        String dashboard = Visitor.body(visitor.get("/dashboard"));
        assertThat(dashboard)
                .contains(account.icegateId().value(), account.iec().value(), account.firmName())
                .contains("Simplified registration (IEC and GSTIN)")
                .contains(account.email().masked(), account.mobile().masked())
                .doesNotContain(account.email().value(), account.mobile().value())
                .contains("may not file customs documents", "/registration/iec");
    }

    @Test
    void loginByIecOpensTheDashboard() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("ByIec"));
        var visitor = new Visitor(mvc);

        var result = visitor.logIn(account.iec().value(), TestAccounts.PASSWORD);

        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/dashboard");
        assertThat(visitor.get("/dashboard")).hasStatusOk();
    }

    @Test
    void aWrongPasswordSaysSoAndStartsNoSession() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Wrong"));
        var visitor = new Visitor(mvc);

        var result = visitor.logIn(account.icegateId().value(), "Wrong#Password1");

        assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo("/login?error=bad&username=" + account.icegateId().value());
        assertThat(Visitor.body(visitor.follow(result)))
                .contains("The ICEGATE ID/IEC or password is not correct. Please try again.");
        assertThat(visitor.hasCookie("SESSION")).isFalse();
        assertThat(visitor.get("/dashboard").getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void anUnknownIdGetsTheSameAnswerAsAWrongPasswordAndCostsAHashToo() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Known"));
        var visitor = new Visitor(mvc);
        visitor.get("/login");

        long before = passwordEncoder.hashes();
        var known = visitor.logIn(account.icegateId().value(), "Wrong#Password1");
        long knownHashes = passwordEncoder.hashes() - before;
        before = passwordEncoder.hashes();
        var unknown = visitor.logIn(TestAccounts.uniqueId("Nobody").value(), "Wrong#Password1");
        long unknownHashes = passwordEncoder.hashes() - before;
        var unknownIec = visitor.logIn(TestAccounts.uniqueIec().value(), "Wrong#Password1");

        // The same answer but for the name typed, which the form keeps (test aFailedLoginKeepsTheNameTyped...).
        assertThat(withoutName(unknown))
                .isEqualTo(withoutName(known))
                .isEqualTo(withoutName(unknownIec))
                .isEqualTo("/login?error=bad");
        assertThat(knownHashes).isEqualTo(1);
        assertThat(unknownHashes).isEqualTo(knownHashes);
    }

    @Test
    void fiveFailuresLockTheLoginOutUntilTheTimeItTellsThenItWorksAgain() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Lock"));
        var visitor = new Visitor(mvc);
        MvcTestResult last = null;
        for (int i = 0; i < 5; i++) {
            last = visitor.logIn(account.icegateId().value(), "Wrong#Password1");
        }

        assertThat(last.getResponse().getRedirectedUrl()).startsWith("/login?error=locked&until=");
        String page = Visitor.body(visitor.follow(last));
        assertThat(page).containsPattern("please try again after \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} IST[.,]");
        var whileLocked = visitor.logIn(account.iec().value(), TestAccounts.PASSWORD);
        assertThat(whileLocked.getResponse().getRedirectedUrl()).startsWith("/login?error=locked");

        clock.advance(Duration.ofMinutes(16));

        var afterwards = visitor.logIn(account.icegateId().value(), TestAccounts.PASSWORD);
        assertThat(afterwards.getResponse().getRedirectedUrl()).endsWith("/dashboard");
    }

    @Test
    void wrongPasswordsSentAllAtOnceCheckNoMoreThanTheLimitAndTheRightOneAfterwardsIsRefused() throws Exception {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Burst"));
        String id = account.icegateId().value();
        int attempts = 20;
        List<Visitor> attackers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            var attacker = new Visitor(mvc);
            attacker.get("/login");
            attackers.add(attacker);
        }
        long before = passwordEncoder.hashes();
        var answers = AtOnce.send(attackers.stream()
                .map(attacker ->
                        (Callable<String>) () -> attacker.post("/login", "username", id, "password", "Wrong#Password1")
                                .getResponse()
                                .getRedirectedUrl())
                .toList());
        assertThat(answers).allSatisfy(answer -> assertThat(answer)
                .matches("/login\\?error=(bad(&left=1)?|locked&until=[^&]*)&username=" + id));

        assertThat(passwordEncoder.hashes() - before)
                .as("passwords checked against the hash")
                .isLessThanOrEqualTo(login.maxFailures());
        var rightOne = new Visitor(mvc).logIn(id, TestAccounts.PASSWORD);
        assertThat(rightOne.getResponse().getRedirectedUrl()).startsWith("/login?error=locked&until=");
    }

    @Test
    void aFailedLoginKeepsTheNameTypedButNeverThePasswordAndStartsNoSession() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Keep"));
        var visitor = new Visitor(mvc);

        var result = visitor.logIn(account.iec().value(), "Wrong#Password1");

        assertThat(result.getResponse().getRedirectedUrl())
                .contains("username=" + account.iec().value())
                .doesNotContain("Wrong");
        String page = Visitor.body(visitor.follow(result));
        assertThat(page).contains("value=\"" + account.iec().value() + "\"").doesNotContain("Wrong#Password1");
        assertThat(visitor.hasCookie("SESSION")).isFalse();
    }

    @Test
    void aKeptNameComesBackAsTypedWhateverItHolds() {
        var visitor = new Visitor(mvc);

        var result = visitor.logIn("a+b&c=d#e <x>", "Wrong#Password1");

        assertThat(result.getResponse().getRedirectedUrl()).endsWith("&username=a%2Bb%26c%3Dd%23e%20%3Cx%3E");
        // (MockMvc would encode the address again, so the decoded parameter is given as the browser sends it)
        assertThat(Visitor.body(visitor.get("/login", "error", "bad", "username", "a+b&c=d#e <x>")))
                .contains("value=\"a+b&amp;c=d#e &lt;x&gt;\"");
    }

    @Test
    void theTryBeforeTheLockOutWarnsOfItForAKnownAndAnUnknownNameAlike() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Warn"));
        String nobody = TestAccounts.uniqueId("Nobody").value();
        for (String name : List.of(account.icegateId().value(), nobody)) {
            var visitor = new Visitor(mvc);
            List<String> urls = new ArrayList<>();
            for (int i = 1; i < login.maxFailures(); i++) {
                urls.add(visitor.logIn(name, "Wrong#Password1").getResponse().getRedirectedUrl());
            }
            String beforeLast = urls.get(urls.size() - 1);

            assertThat(urls.subList(0, urls.size() - 1)).as(name).allSatisfy(url -> assertThat(url)
                    .isEqualTo("/login?error=bad&username=" + name));
            assertThat(beforeLast).as(name).isEqualTo("/login?error=bad&left=1&username=" + name);
            assertThat(Visitor.body(visitor.get(beforeLast)))
                    .as(name)
                    .contains("One try left: one more wrong password locks this login for "
                            + login.lockout().toMinutes() + " minutes.");
            assertThat(Visitor.body(visitor.get("/login?error=bad&username=" + name)))
                    .doesNotContain("One try left");
            assertThat(visitor.logIn(name, "Wrong#Password1").getResponse().getRedirectedUrl())
                    .as(name)
                    .startsWith("/login?error=locked&until=");
        }
    }

    @Test
    void anUnknownIdLocksOutLikeAKnownOne() {
        String nobody = TestAccounts.uniqueId("Ghost").value();
        var visitor = new Visitor(mvc);
        MvcTestResult last = null;
        for (int i = 0; i < 5; i++) {
            last = visitor.logIn(nobody, "Wrong#Password1");
        }

        assertThat(last.getResponse().getRedirectedUrl()).startsWith("/login?error=locked&until=");
    }

    @Test
    void tooManyAttemptsFromOneAddressAreRefusedWithTheTimeToTryAgain() {
        var visitor = new Visitor(mvc);
        MvcTestResult last = null;
        int attempts = 0;
        do {
            last = visitor.logIn(TestAccounts.uniqueId("Flood").value(), "Wrong#Password1");
            attempts++;
        } while (attempts < 100 && last.getResponse().getRedirectedUrl().startsWith("/login?error=bad&"));

        assertThat(attempts).isGreaterThan(30);
        assertThat(last.getResponse().getRedirectedUrl()).startsWith("/login?error=rate&until=");
        assertThat(Visitor.body(visitor.follow(last))).contains("Too many login attempts from your network");
        var otherAddress = new Visitor(mvc);
        assertThat(otherAddress
                        .logIn("Someone_else", "Wrong#Password1")
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?error=bad&username=Someone_else");
    }

    @Test
    void theSessionIdChangesAtLogin() {
        AccountView first = accounts.openSimplified(TestAccounts.newAccount("Fixation"));
        var visitor = new Visitor(mvc);
        visitor.logIn(first.icegateId().value(), TestAccounts.PASSWORD);
        String before = sessionCookie(visitor);

        visitor.get("/dashboard");
        var again = visitor.post("/login", "username", first.icegateId().value(), "password", TestAccounts.PASSWORD);

        assertThat(again.getResponse().getRedirectedUrl()).endsWith("/dashboard");
        assertThat(before).isNotNull();
        assertThat(sessionCookie(visitor)).isNotNull().isNotEqualTo(before);
    }

    @Test
    void anAccountPendingActivationIsToldToActivateIt() {
        NewAccount request = TestAccounts.newAccount("Pending");
        accounts.openDscPendingActivation(request);
        var visitor = new Visitor(mvc);

        var result = visitor.logIn(request.icegateId().value(), TestAccounts.PASSWORD);

        assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo(
                        "/login?error=inactive&username=" + request.icegateId().value());
        assertThat(Visitor.body(visitor.follow(result))).contains("Open the activation link");
        assertThat(visitor.hasCookie("SESSION")).isFalse();
    }

    @Test
    void aLockedAccountIsToldHowToUnlockIt() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Locked"));
        jdbc.update(
                "UPDATE accounts SET status = 'LOCKED' WHERE iec = ?",
                account.iec().value());
        var visitor = new Visitor(mvc);

        var result = visitor.logIn(account.icegateId().value(), TestAccounts.PASSWORD);

        assertThat(Visitor.body(visitor.follow(result))).contains("Your account is locked", "Forgot password");
    }

    @Test
    void anAccountWhoseIecDgftSuspendedIsToldWhyAndCannotLogIn() {
        NewAccount base = TestAccounts.newAccount("Suspended");
        Iec iec = Iec.of("MNRPK2290A");
        accounts.openSimplified(new NewAccount(
                base.icegateId(), iec, null, "Vivek Khanna", base.email(), base.mobile(), TestAccounts.PASSWORD, null));
        corrections.correctIec(iec, IecCorrection.status(IecStatus.SUSPENDED), "LoginTests");
        var visitor = new Visitor(mvc);

        var result = visitor.logIn(iec.value(), TestAccounts.PASSWORD);

        assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo("/login?error=iec&status=SUSPENDED&username=" + iec.value());
        assertThat(Visitor.body(visitor.follow(result))).contains("Your IEC has been suspended by DGFT");
        assertThat(visitor.hasCookie("SESSION")).isFalse();
    }

    @Test
    void aSimplifiedAccountIsRefusedFilingWithTheReasonAndTheUpgradeLink() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("NoFiling"));
        var visitor = new Visitor(mvc);
        visitor.logIn(account.icegateId().value(), TestAccounts.PASSWORD);

        var filing = visitor.get("/filing");

        assertThat(filing).hasStatus(403);
        assertThat(Visitor.body(filing))
                .contains("may not file customs documents")
                .contains("href=\"/registration/iec\"");
    }

    @Test
    void aDscAccountSeesTheFilingServices() {
        NewAccount request = TestAccounts.newAccount("Filer");
        accounts.openDscPendingActivation(request);
        accounts.activate(request.icegateId());
        var visitor = new Visitor(mvc);
        visitor.logIn(request.icegateId().value(), TestAccounts.PASSWORD);

        assertThat(Visitor.body(visitor.get("/dashboard")))
                .contains("IEC-based registration with a Class III DSC")
                .contains("IEC linked with Customs");
        var filing = visitor.get("/filing");
        assertThat(filing).hasStatusOk();
        assertThat(Visitor.body(filing))
                .contains("File Shipping Bills", "File Bills of Entry", "e-Sanchit", "View queries", "Track refunds");
    }

    @Test
    void logoutEndsTheSession() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Logout"));
        var visitor = new Visitor(mvc);
        visitor.logIn(account.icegateId().value(), TestAccounts.PASSWORD);
        visitor.get("/dashboard");

        var result = visitor.post("/logout");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
        assertThat(visitor.get("/dashboard").getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void everyAccountFormRefusesAPostWithoutItsCsrfToken() {
        for (String path : new String[] {
            "/login",
            "/logout",
            "/login/otp",
            "/login/forgot-password",
            "/login/forgot-password/verify",
            "/enquiry/iec-status",
            "/account/password",
            "/account/login-otp",
            "/account/email",
            "/account/mobile",
            "/account/email/verify",
            "/account/mobile/verify"
        }) {
            assertThat(mvc.post().uri(path).param("username", "x").param("password", "y"))
                    .as(path)
                    .hasStatus(403);
        }
    }

    @Test
    void theLoginPageStartsNoSession() {
        var visitor = new Visitor(mvc);

        assertThat(visitor.get("/login")).hasStatusOk();

        assertThat(visitor.hasCookie("SESSION")).isFalse();
    }

    private static String withoutName(MvcTestResult result) {
        return result.getResponse().getRedirectedUrl().replaceFirst("&username=[^&]*$", "");
    }

    private static String sessionCookie(Visitor visitor) {
        return visitor.cookie("SESSION");
    }
}
