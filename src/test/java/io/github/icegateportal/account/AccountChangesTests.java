package io.github.icegateportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.Outbox;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalTest
@RecordApplicationEvents
class AccountChangesTests {

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    static final String NEW_PASSWORD = "Harbour!Mango77";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void changingThePasswordEndsTheOtherSessionsAndTheOldPasswordStopsWorking() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Change"));
        var laptop = loggedIn(account, TestAccounts.PASSWORD);
        var phone = loggedIn(account, TestAccounts.PASSWORD);
        laptop.get("/account/password");

        var result = laptop.post(
                "/account/password",
                "password",
                TestAccounts.PASSWORD,
                "newPassword",
                NEW_PASSWORD,
                "confirmPassword",
                NEW_PASSWORD);

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account/password?changed");
        assertThat(laptop.get("/dashboard")).hasStatusOk();
        assertThat(phone.get("/dashboard").getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(new Visitor(mvc)
                        .logIn(account.icegateId().value(), TestAccounts.PASSWORD)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?error=bad&username=" + account.icegateId().value());
        assertThat(new Visitor(mvc)
                        .logIn(account.icegateId().value(), NEW_PASSWORD)
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/dashboard");
        assertThat(new Outbox(mvc).latest(account.email()).body()).contains("was changed");
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndRefusesARecentOneOrAWeakOne() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Refuse"));
        var visitor = loggedIn(account, TestAccounts.PASSWORD);
        assertThat(Visitor.body(visitor.get("/account/password")))
                .as("the new password is described by the rules")
                .containsPattern("aria-describedby=\"password-rules\"")
                .contains("id=\"password-rules\"");

        String wrongCurrent = Visitor.body(visitor.post(
                "/account/password",
                "password",
                "Not#Current1",
                "newPassword",
                NEW_PASSWORD,
                "confirmPassword",
                NEW_PASSWORD));
        String sameAsNow = Visitor.body(visitor.post(
                "/account/password",
                "password",
                TestAccounts.PASSWORD,
                "newPassword",
                TestAccounts.PASSWORD,
                "confirmPassword",
                TestAccounts.PASSWORD));
        String weak = Visitor.body(visitor.post(
                "/account/password",
                "password",
                TestAccounts.PASSWORD,
                "newPassword",
                "weakpassword",
                "confirmPassword",
                "other"));

        assertThat(wrongCurrent).contains("The current password is not correct.");
        assertThat(sameAsNow).contains("must not be one of your last 5 passwords");
        assertThat(weak).contains("Password must contain a number.", "do not match");
    }

    @Test
    void guessingTheCurrentPasswordOnTheChangeFormStopsAfterTheAllowedTriesAndSaysWhenToTryAgain() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Guess"));
        var visitor = loggedIn(account, TestAccounts.PASSWORD);
        visitor.get("/account/password");
        for (int i = 1; i <= 5; i++) {
            assertThat(Visitor.body(visitor.post(
                            "/account/password",
                            "password",
                            "Guess#Number" + i,
                            "newPassword",
                            NEW_PASSWORD,
                            "confirmPassword",
                            NEW_PASSWORD)))
                    .contains(
                            i < 5
                                    ? "The current password is not correct."
                                    : "Too many wrong current passwords. Please try again after");
        }

        String refused = Visitor.body(visitor.post(
                "/account/password",
                "password",
                TestAccounts.PASSWORD,
                "newPassword",
                NEW_PASSWORD,
                "confirmPassword",
                NEW_PASSWORD));

        assertThat(refused).contains("Too many wrong current passwords").doesNotContain("id=\"password-changed\"");
        assertThat(new Visitor(mvc)
                        .logIn(account.icegateId().value(), TestAccounts.PASSWORD)
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/dashboard");
    }

    @Test
    void changesOfContactAreLimitedPerAccountSoOtpsCannotBeSentToAnyNumberWithoutEnd() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Pump"));
        var visitor = loggedIn(account, TestAccounts.PASSWORD);
        visitor.get("/account/mobile");
        for (int i = 0; i < RateLimit.CONTACT_CHANGE.tries(); i++) {
            assertThat(visitor.post("/account/mobile", "mobile", "98765432" + (10 + i))
                            .getResponse()
                            .getRedirectedUrl())
                    .startsWith("/account/mobile/verify?change=");
        }

        var refused = visitor.post("/account/mobile", "mobile", "9876543299");

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(Visitor.body(refused)).contains("Too many contact changes asked for. Please try again after");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM contact_changes c JOIN accounts a ON a.id = c.account_id "
                                + "WHERE a.icegate_id_key = ?",
                        Integer.class,
                        account.icegateId().key()))
                .isEqualTo(RateLimit.CONTACT_CHANGE.tries());
    }

    @Test
    void anAccountThatAsksForOtpsLogsInOnlyWithBothCodes() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Otp"));
        var visitor = loggedIn(account, TestAccounts.PASSWORD);
        visitor.get("/account/login-otp");
        visitor.post("/account/login-otp", "loginOtp", "true");
        visitor.post("/logout");

        var step = visitor.logIn(account.icegateId().value(), TestAccounts.PASSWORD);
        assertThat(step.getResponse().getRedirectedUrl()).startsWith("/login/otp?challenge=");
        assertThat(visitor.hasCookie("SESSION")).isFalse();
        assertThat(Visitor.body(visitor.follow(step))).contains(readYourOtps(account.email(), account.mobile()));
        var outbox = new Outbox(mvc);
        String mobileOtp = outbox.otp(account.mobile());
        String emailOtp = outbox.otp(account.email());
        String challenge = step.getResponse().getRedirectedUrl().substring("/login/otp?challenge=".length());

        String wrong = Visitor.body(visitor.post(
                "/login/otp", "challenge", challenge, "mobileOtp", wrongCode(mobileOtp), "emailOtp", emailOtp));
        assertThat(wrong)
                .contains("Entered mobile OTP is not correct. Please try again with correct OTP.")
                .contains(readYourOtps(account.email(), account.mobile()));
        var done = visitor.post("/login/otp", "challenge", challenge, "mobileOtp", mobileOtp, "emailOtp", emailOtp);

        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/dashboard");
        assertThat(visitor.get("/dashboard")).hasStatusOk();
        assertThat(visitor.post("/login/otp", "challenge", challenge, "mobileOtp", mobileOtp, "emailOtp", emailOtp)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?error=otp-again");
    }

    /**
     * The login step offers no resend, so once a code's tries are used up the person logs in again for new codes;
     * it used to keep answering "not correct", even to the right codes.
     */
    @Test
    void aLoginOtpWhoseTriesAreUsedUpSendsThePersonBackToLogInAgain() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("OtpTries"));
        var visitor = loggedIn(account, TestAccounts.PASSWORD);
        visitor.get("/account/login-otp");
        visitor.post("/account/login-otp", "loginOtp", "true");
        visitor.post("/logout");
        var step = visitor.logIn(account.icegateId().value(), TestAccounts.PASSWORD);
        String challenge = step.getResponse().getRedirectedUrl().substring("/login/otp?challenge=".length());
        var outbox = new Outbox(mvc);
        String mobileOtp = outbox.otp(account.mobile());
        String emailOtp = outbox.otp(account.email());

        for (int tryNumber = 1; tryNumber < 5; tryNumber++) {
            assertThat(Visitor.body(visitor.post(
                            "/login/otp",
                            "challenge",
                            challenge,
                            "mobileOtp",
                            wrongCode(mobileOtp),
                            "emailOtp",
                            emailOtp)))
                    .as("try %d", tryNumber)
                    .contains("Entered mobile OTP is not correct. Please try again with correct OTP.");
        }
        var lastWrong = visitor.post(
                "/login/otp", "challenge", challenge, "mobileOtp", wrongCode(mobileOtp), "emailOtp", emailOtp);
        var right = visitor.post("/login/otp", "challenge", challenge, "mobileOtp", mobileOtp, "emailOtp", emailOtp);

        assertThat(lastWrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error=otp-again");
        assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/login?error=otp-again");
        assertThat(visitor.get("/dashboard").getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void updatingTheEmailSendsTheOtpToTheNewAddressAndANoticeToTheOldOne() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Email"));
        EmailAddress newEmail =
                EmailAddress.of("new." + UUID.randomUUID().toString().substring(0, 8) + "@example.in");
        var visitor = loggedIn(account, TestAccounts.PASSWORD);
        visitor.get("/account/email");

        var sent = visitor.post("/account/email", "email", newEmail.value());
        assertThat(sent.getResponse().getRedirectedUrl()).startsWith("/account/email/verify?change=");
        assertThat(Visitor.body(visitor.follow(sent))).contains(readYourOtps(newEmail, account.mobile()));
        var outbox = new Outbox(mvc);
        String change = sent.getResponse().getRedirectedUrl().substring("/account/email/verify?change=".length());
        var done = visitor.post(
                "/account/email/verify",
                "change",
                change,
                "mobileOtp",
                outbox.otp(account.mobile()),
                "emailOtp",
                outbox.otp(newEmail));

        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/account/email?changed");
        assertThat(accounts.findByIec(account.iec()).orElseThrow().email()).isEqualTo(newEmail);
        assertThat(outbox.latest(account.email()).body()).contains("was changed to");
        assertThat(events.stream(ContactChanged.class))
                .anySatisfy(event -> assertThat(event.icegateId())
                        .isEqualTo(account.icegateId().value()))
                .allSatisfy(event -> assertThat(event.details()).doesNotContain(newEmail.value()));
    }

    @Test
    void updatingTheMobileSendsTheOtpToTheNewNumberAndANoticeToTheOldOne() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Mobile"));
        MobileNumber newMobile = TestAccounts.uniqueMobile();
        var visitor = loggedIn(account, TestAccounts.PASSWORD);
        visitor.get("/account/mobile");

        var sent = visitor.post("/account/mobile", "mobile", "+91 " + newMobile.value());
        assertThat(Visitor.body(visitor.follow(sent))).contains(readYourOtps(account.email(), newMobile));
        var outbox = new Outbox(mvc);
        String change = sent.getResponse().getRedirectedUrl().substring("/account/mobile/verify?change=".length());
        String wrong = Visitor.body(visitor.post(
                "/account/mobile/verify",
                "change",
                change,
                "mobileOtp",
                outbox.otp(newMobile),
                "emailOtp",
                wrongCode(outbox.otp(account.email()))));
        assertThat(wrong).contains("Entered email OTP is not correct. Please try again with correct OTP.");
        var done = visitor.post(
                "/account/mobile/verify",
                "change",
                change,
                "mobileOtp",
                outbox.otp(newMobile),
                "emailOtp",
                outbox.otp(account.email()));

        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/account/mobile?changed");
        assertThat(accounts.findByIec(account.iec()).orElseThrow().mobile()).isEqualTo(newMobile);
        assertThat(outbox.latest(account.mobile()).body()).contains("was changed to");
    }

    @Test
    void forgotPasswordSendsOtpsToTheRegisteredContactsAndSetsANewPassword() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Forgot"));
        jdbc.update(
                "UPDATE accounts SET status = 'LOCKED' WHERE iec = ?",
                account.iec().value());
        var visitor = new Visitor(mvc);
        visitor.get("/login/forgot-password");

        var sent =
                visitor.post("/login/forgot-password", "username", account.iec().value());
        assertThat(sent.getResponse().getRedirectedUrl()).startsWith("/login/forgot-password/verify?request=");
        visitor.follow(sent);
        var outbox = new Outbox(mvc);
        String request =
                sent.getResponse().getRedirectedUrl().substring("/login/forgot-password/verify?request=".length());
        var done = visitor.post(
                "/login/forgot-password/verify",
                "request",
                request,
                "mobileOtp",
                outbox.otp(account.mobile()),
                "emailOtp",
                outbox.otp(account.email()),
                "newPassword",
                NEW_PASSWORD,
                "confirmPassword",
                NEW_PASSWORD);

        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/login?reset");
        assertThat(new Visitor(mvc)
                        .logIn(account.icegateId().value(), NEW_PASSWORD)
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/dashboard");
    }

    /**
     * A failed reset is post/redirect/get: the address names the request and what failed (never a code or a password),
     * so Back and refresh show the same honest page, and the OTPs still work afterwards; an address without its request
     * does not claim that the OTPs ran out.
     */
    @Test
    void aFailedResetIsAnAddressThatBackAndRefreshShowAgainWithoutAFalseExpiry() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Refresh"));
        var visitor = new Visitor(mvc);
        visitor.get("/login/forgot-password");
        var sent = visitor.post(
                "/login/forgot-password", "username", account.icegateId().value());
        visitor.follow(sent);
        String request =
                sent.getResponse().getRedirectedUrl().substring("/login/forgot-password/verify?request=".length());
        var outbox = new Outbox(mvc);
        String mobileOtp = outbox.otp(account.mobile());
        String emailOtp = outbox.otp(account.email());

        var failed = visitor.post(
                "/login/forgot-password/verify",
                "request",
                request,
                "mobileOtp",
                wrongCode(mobileOtp),
                "emailOtp",
                emailOtp,
                "newPassword",
                "short",
                "confirmPassword",
                "other");

        String address = failed.getResponse().getRedirectedUrl();
        assertThat(address)
                .startsWith("/login/forgot-password/verify?request=" + request + "&error=")
                .doesNotContain(wrongCode(mobileOtp), emailOtp, "short", "other");
        String shown = withoutCsrf(Visitor.body(visitor.follow(failed)));
        String refreshed = withoutCsrf(Visitor.body(visitor.get(address)));
        assertThat(refreshed)
                .isEqualTo(shown)
                .contains("Password must be at least 8 characters long.")
                .contains("New password and confirm password do not match.")
                .doesNotContain("have expired or were used up");
        var bare = visitor.get("/login/forgot-password/verify");
        assertThat(bare.getResponse().getRedirectedUrl()).isEqualTo("/login/forgot-password");
        assertThat(Visitor.body(visitor.follow(bare))).doesNotContain("have expired or were used up");
        assertThat(visitor.hasCookie("SESSION")).isFalse();

        visitor.get(address);
        var done = visitor.post(
                "/login/forgot-password/verify",
                "request",
                request,
                "mobileOtp",
                mobileOtp,
                "emailOtp",
                emailOtp,
                "newPassword",
                NEW_PASSWORD,
                "confirmPassword",
                NEW_PASSWORD);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/login?reset");
    }

    /** The demo's "Read your OTPs" link: the outbox in a new tab, filtered to where the step sent its codes. */
    private static String readYourOtps(EmailAddress email, MobileNumber mobile) {
        return "<a id=\"read-otps\" href=\"/demo/outbox?recipient=" + email.value() + "&amp;recipient=" + mobile.value()
                + "\" target=\"_blank\" rel=\"noopener\">Read your OTPs";
    }

    @Test
    void forgotPasswordAnswersAnUnknownIdExactlyLikeAKnownOne() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Known"));
        String known = answers(account.icegateId().value());
        String unknown = answers(TestAccounts.uniqueId("Unknown").value());

        assertThat(unknown).isEqualTo(known);
        assertThat(known)
                .contains("Entered mobile OTP is not correct. Please try again with correct OTP.")
                .contains("Entered email OTP is not correct. Please try again with correct OTP.");
    }

    /** OTPs go out a few times per account, whatever the address or the name typed, and the limit says the same for any name. */
    @Test
    void forgotPasswordSendsOtpsOnlyAFewTimesPerAccountFromAnyAddress() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Flooded"));
        var outbox = new Outbox(mvc);
        String[] names = {
            account.icegateId().value(),
            account.iec().value(),
            account.icegateId().value().toLowerCase()
        };
        for (int i = 0; i < 30; i++) {
            String page = forgotFromANewAddress(names[i % names.length]);
            if (i < RateLimit.FORGOT_PASSWORD_ACCOUNT.tries()) {
                assertThat(page).doesNotContain("OTPs have already been asked for");
            } else {
                assertThat(page)
                        .contains("OTPs have already been asked for with this ICEGATE ID or IEC several times")
                        .containsPattern("try again in \\d+ minutes");
            }
        }
        assertThat(outbox.to(account.mobile())).hasSize(RateLimit.FORGOT_PASSWORD_ACCOUNT.tries());
        assertThat(outbox.to(account.email())).hasSize(RateLimit.FORGOT_PASSWORD_ACCOUNT.tries());

        String nobody = TestAccounts.uniqueId("Nobody").value();
        for (int i = 0; i < RateLimit.FORGOT_PASSWORD_ACCOUNT.tries(); i++) {
            assertThat(forgotFromANewAddress(nobody)).doesNotContain("OTPs have already been asked for");
        }
        assertThat(forgotFromANewAddress(nobody))
                .contains("OTPs have already been asked for with this ICEGATE ID or IEC several times");

        clock.advance(Duration.ofMinutes(6));
        assertThat(forgotFromANewAddress(account.iec().value())).doesNotContain("OTPs have already been asked for");
        assertThat(outbox.to(account.mobile())).hasSize(RateLimit.FORGOT_PASSWORD_ACCOUNT.tries() + 1);
    }

    /** The page after posting the forgot-password form from an address of its own (the form again, or the next step). */
    private String forgotFromANewAddress(String username) {
        var visitor = new Visitor(mvc);
        visitor.get("/login/forgot-password");
        var result = visitor.post("/login/forgot-password", "username", username);
        return result.getResponse().getRedirectedUrl() == null
                ? Visitor.body(result)
                : Visitor.body(visitor.follow(result));
    }

    @Test
    void theEnquiryTellsWhetherAndByWhichRouteAnIecIsRegisteredAndNothingElse() {
        AccountView simplified = accounts.openSimplified(TestAccounts.newAccount("Enquiry"));
        var visitor = new Visitor(mvc);
        visitor.get("/enquiry/iec-status");

        String registered = Visitor.body(
                visitor.post("/enquiry/iec-status", "iec", simplified.iec().value()));
        String notRegistered = Visitor.body(visitor.post(
                "/enquiry/iec-status", "iec", TestAccounts.uniqueIec().value()));
        String badFormat = Visitor.body(visitor.post("/enquiry/iec-status", "iec", "<script>"));

        assertThat(registered)
                .contains("is registered on ICEGATE by the simplified registration")
                .doesNotContain(
                        simplified.icegateId().value(), simplified.email().value(), simplified.firmName());
        assertThat(notRegistered).contains("is not registered on ICEGATE");
        assertThat(badFormat).contains("IEC must be 10 characters").doesNotContain("<script>");
        assertThat(visitor.hasCookie("SESSION")).isFalse();
    }

    /** The page a person sees after asking for a reset and typing wrong codes, with the random id taken out. */
    private String answers(String username) {
        var visitor = new Visitor(mvc).from("10.200.0.1");
        visitor.get("/login/forgot-password");
        var sent = visitor.post("/login/forgot-password", "username", username);
        visitor.follow(sent);
        String request =
                sent.getResponse().getRedirectedUrl().substring("/login/forgot-password/verify?request=".length());
        String page = Visitor.body(visitor.follow(visitor.post(
                "/login/forgot-password/verify",
                "request",
                request,
                "mobileOtp",
                "000000",
                "emailOtp",
                "000000",
                "newPassword",
                NEW_PASSWORD,
                "confirmPassword",
                NEW_PASSWORD)));
        return page.replace(request, "REQUEST").replaceAll("name=\"_csrf\"\\s+value=\"[^\"]+\"", "CSRF");
    }

    private static String withoutCsrf(String page) {
        return page.replaceAll("name=\"_csrf\"\\s+value=\"[^\"]+\"", "CSRF");
    }

    private Visitor loggedIn(AccountView account, String password) {
        var visitor = new Visitor(mvc);
        var result = visitor.logIn(account.icegateId().value(), password);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/dashboard");
        return visitor;
    }

    private static String wrongCode(String code) {
        return code.charAt(0) == '9' ? "1" + code.substring(1) : "9" + code.substring(1);
    }
}
