package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.icegateportal.shared.security.BoundedPasswordEncoder;
import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.support.AtOnce;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PortalTest
class AdminAccountsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AdminAccounts accounts;

    @Autowired
    BoundedPasswordEncoder passwordEncoder;

    @Autowired
    MutableClock clock;

    @Test
    void theFirstAdminExistsWithThePasswordFromTheConfigurationAndNeedNotChangeIt() {
        var admin = AdminLogin.asFirstAdmin(mvc);

        assertThat(Visitor.body(admin.get("/admin"))).contains("Admin overview");
    }

    @Test
    void aWrongPasswordIsRefusedWithOneAnswerAndAudited() {
        var visitor = new Visitor(mvc);
        visitor.get("/admin/login");

        var result = visitor.post("/admin/login", "username", "admin", "password", "Wrong-Pa55word!");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/login?error&username=admin");
        assertThat(Visitor.body(visitor.follow(result)))
                .contains("The user name or password is not correct, or this admin account is disabled.")
                .as("the typed name is kept")
                .containsPattern("id=\"username\"[^>]*value=\"admin\"");
        awaitAuditEntry("ADMIN_LOGIN_FAILED", "admin admin", visitor.remoteAddress());
    }

    @Test
    void aSuccessfulLoginIsAuditedWithTheClientAddress() {
        var admin = AdminLogin.asFirstAdmin(mvc);

        awaitAuditEntry("ADMIN_LOGIN", "admin admin", admin.remoteAddress());
    }

    @Test
    void adminsAddedAtOnceFromTabsOfOneSessionEachSeeTheirOwnOneTimePassword() throws Exception {
        var first = AdminLogin.asFirstAdmin(mvc);
        first.get("/admin/admins");
        var names = List.of(newName(), newName(), newName(), newName());

        var answers = AtOnce.send(names.stream()
                .map(name -> {
                    var tab = first.tab();
                    return (Callable<MvcTestResult>) () -> tab.post("/admin/admins", "username", name);
                })
                .toList());

        for (int i = 0; i < names.size(); i++) {
            assertThat(answers.get(i).getResponse().getStatus()).isEqualTo(200);
            assertThat(Visitor.body(answers.get(i)))
                    .contains("Admin " + names.get(i) + " has been added.")
                    .containsPattern("<code id=\"one-time-password\">[^<]+</code>");
        }
    }

    @Test
    void twoDisablesOfOneAdminAtOnceDisableItOnceAndTwoRefusalsAtOnceBothSaySo() throws Exception {
        var first = AdminLogin.asFirstAdmin(mvc);
        first.get("/admin/admins");
        String name = newName();
        first.post("/admin/admins", "username", name);
        long id = jdbc.queryForObject("SELECT id FROM admin_user WHERE username = ?", Long.class, name);
        long self = jdbc.queryForObject("SELECT id FROM admin_user WHERE username = 'admin'", Long.class);
        var tabs = List.of(first.tab(), first.tab(), first.tab(), first.tab());

        var answers = AtOnce.send(List.<Callable<MvcTestResult>>of(
                () -> tabs.get(0).post("/admin/admins/" + id + "/disable"),
                () -> tabs.get(1).post("/admin/admins/" + id + "/disable"),
                () -> tabs.get(2).post("/admin/admins/" + self + "/disable"),
                () -> tabs.get(3).post("/admin/admins/" + self + "/disable")));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.getResponse().getStatus())
                .isEqualTo(302));
        assertThat(jdbc.queryForObject("SELECT enabled FROM admin_user WHERE id = ?", Boolean.class, id))
                .isFalse();
        assertThat(Visitor.body(first.get("/admin/admins"))).contains("You cannot disable your own account.");
        awaitAuditEntry("ADMIN_DISABLED", "admin " + name, first.remoteAddress());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_entry WHERE action = 'ADMIN_DISABLED' AND subject = ?",
                        Long.class,
                        "admin " + name))
                .isEqualTo(1);
    }

    @Test
    void anAddedAdminMustChangeTheOneTimePasswordBeforeAnythingElse() {
        var first = AdminLogin.asFirstAdmin(mvc);
        first.get("/admin/admins");
        String name = newName();

        var added = first.post("/admin/admins", "username", name);

        String body = Visitor.body(added);
        assertThat(body).contains("Admin " + name + " has been added.");
        String password = body.replaceAll("(?s).*<code id=\"one-time-password\">([^<]+)</code>.*", "$1");
        awaitAuditEntry("ADMIN_ADDED", "admin " + name, first.remoteAddress());

        var newcomer = AdminLogin.as(mvc, name, password);
        var home = newcomer.get("/admin");
        assertThat(home.getResponse().getRedirectedUrl()).isEqualTo("/admin/password");
        assertThat(newcomer.get("/admin/audit").getResponse().getRedirectedUrl())
                .isEqualTo("/admin/password");
        assertThat(Visitor.body(newcomer.get("/admin/password")))
                .contains("Choose your own password before you go on.");

        var mismatch = newcomer.post(
                "/admin/password",
                "currentPassword",
                password,
                "newPassword",
                "Fresh-Pa55word!",
                "confirmPassword",
                "Other-Pa55word!");
        assertThat(Visitor.body(mismatch)).contains("The two new passwords are not the same.");

        var changed = newcomer.post(
                "/admin/password",
                "currentPassword",
                password,
                "newPassword",
                "Fresh-Pa55word!",
                "confirmPassword",
                "Fresh-Pa55word!");
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/admin");
        assertThat(newcomer.get("/admin").getResponse().getStatus()).isEqualTo(200);
        awaitAuditEntry("ADMIN_PASSWORD_CHANGED", "admin " + name, newcomer.remoteAddress());
        AdminLogin.as(mvc, name, "Fresh-Pa55word!");
    }

    @Test
    void aWeakNewPasswordIsRefusedNextToTheField() {
        var first = AdminLogin.asFirstAdmin(mvc);
        first.get("/admin/admins");
        String name = newName();
        String body = Visitor.body(first.post("/admin/admins", "username", name));
        String password = body.replaceAll("(?s).*<code id=\"one-time-password\">([^<]+)</code>.*", "$1");
        var newcomer = AdminLogin.as(mvc, name, password);
        newcomer.get("/admin/password");

        var result = newcomer.post(
                "/admin/password", "currentPassword", password, "newPassword", "short", "confirmPassword", "short");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(Visitor.body(result))
                .contains("Password must be at least 8 characters long.")
                .doesNotContain("value=\"short\"");
    }

    @Test
    void aDisabledAdminCannotLogInAndTheirOpenSessionEnds() {
        var first = AdminLogin.asFirstAdmin(mvc);
        first.get("/admin/admins");
        String name = newName();
        String body = Visitor.body(first.post("/admin/admins", "username", name));
        String password = body.replaceAll("(?s).*<code id=\"one-time-password\">([^<]+)</code>.*", "$1");
        var newcomer = AdminLogin.as(mvc, name, password);
        Long id = jdbc.queryForObject("SELECT id FROM admin_user WHERE username = ?", Long.class, name);

        first.get("/admin/admins");
        first.post("/admin/admins/" + id + "/disable");

        assertThat(newcomer.get("/admin/password").getResponse().getRedirectedUrl())
                .isEqualTo("/admin/login?ended");
        var again = new Visitor(mvc);
        again.get("/admin/login");
        assertThat(again.post("/admin/login", "username", name, "password", password)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/admin/login?error&username=" + name);
        awaitAuditEntry("ADMIN_DISABLED", "admin " + name, first.remoteAddress());

        first.get("/admin/admins");
        first.post("/admin/admins/" + id + "/enable");
        AdminLogin.as(mvc, name, password);
        awaitAuditEntry("ADMIN_ENABLED", "admin " + name, first.remoteAddress());
    }

    @Test
    void aPasswordFormWithoutTheNewPasswordFieldIsToldNextToTheFieldNotAnswered500() {
        var newcomer = newAdmin();

        var result = newcomer.admin()
                .post("/admin/password", "currentPassword", newcomer.password(), "confirmPassword", "Fresh-Pa55word!");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(Visitor.body(result)).contains("Enter a password.");
    }

    @Test
    void changingAnAdminPasswordEndsThatAdminsOtherSessions() {
        var newcomer = newAdmin();
        var elsewhere = AdminLogin.as(mvc, newcomer.name(), newcomer.password());
        assertThat(elsewhere.get("/admin/password").getResponse().getStatus()).isEqualTo(200);

        var changed = newcomer.admin()
                .post(
                        "/admin/password",
                        "currentPassword",
                        newcomer.password(),
                        "newPassword",
                        "Fresh-Pa55word!",
                        "confirmPassword",
                        "Fresh-Pa55word!");

        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/admin");
        assertThat(newcomer.admin().get("/admin").getResponse().getStatus()).isEqualTo(200);
        assertThat(elsewhere.get("/admin").getResponse().getStatus()).isNotEqualTo(200);
        assertThat(AdminLogin.asFirstAdmin(mvc).get("/admin").getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void guessingTheCurrentPasswordOnThePasswordFormStopsAfterTheAllowedTries() {
        var newcomer = newAdmin();
        for (int i = 0; i < RateLimit.ADMIN_CURRENT_PASSWORD.tries(); i++) {
            assertThat(Visitor.body(newcomer.admin()
                            .post(
                                    "/admin/password",
                                    "currentPassword",
                                    "Guess-Pa55word" + i,
                                    "newPassword",
                                    "Fresh-Pa55word!",
                                    "confirmPassword",
                                    "Fresh-Pa55word!")))
                    .contains("The current password is not correct.");
        }

        var refused = newcomer.admin()
                .post(
                        "/admin/password",
                        "currentPassword",
                        newcomer.password(),
                        "newPassword",
                        "Fresh-Pa55word!",
                        "confirmPassword",
                        "Fresh-Pa55word!");

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(Visitor.body(refused)).contains("Too many tries of the current password. Try again in");
    }

    @Test
    void anAdminCannotDisableThemself() {
        var first = AdminLogin.asFirstAdmin(mvc);
        Long id = jdbc.queryForObject("SELECT id FROM admin_user WHERE username = 'admin'", Long.class);
        first.get("/admin/admins");

        var result = first.follow(first.post("/admin/admins/" + id + "/disable"));

        assertThat(Visitor.body(result)).contains("You cannot disable your own account.");
        assertThat(jdbc.queryForObject("SELECT enabled FROM admin_user WHERE id = ?", Boolean.class, id))
                .isTrue();
    }

    @Test
    void aTakenOrMalformedUserNameIsToldNextToTheField() {
        var first = AdminLogin.asFirstAdmin(mvc);
        first.get("/admin/admins");

        assertThat(Visitor.body(first.post("/admin/admins", "username", "ADMIN")))
                .contains("This user name is already taken.");
        assertThat(Visitor.body(first.post("/admin/admins", "username", "<script>")))
                .contains("User name must be 3 to 50 letters")
                .doesNotContain("<script>");
    }

    @Test
    void aFloodOfLoginAttemptsFromOneAddressIsRefusedWithWhenToTryAgain() {
        var visitor = new Visitor(mvc);
        visitor.get("/admin/login");
        String last = null;
        for (int i = 0; i <= RateLimit.ADMIN_LOGIN.tries(); i++) {
            // A name of its own each time, so that no name is locked out before the address is limited.
            last = visitor.post("/admin/login", "username", "flood" + i, "password", "Wrong-Pa55word!")
                    .getResponse()
                    .getRedirectedUrl();
        }

        assertThat(last).startsWith("/admin/login?rate=");
        assertThat(Visitor.body(visitor.get(last))).contains("Too many login attempts from your network. Try again in");
        var elsewhere = new Visitor(mvc);
        elsewhere.get("/admin/login");
        assertThat(elsewhere
                        .post("/admin/login", "username", "admin", "password", AdminLogin.PASSWORD)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/admin");
    }

    @Test
    void wrongPasswordsSentAllAtOnceCheckNoMoreThanTheLimitAndLockTheNameOutFromEveryAddress() throws Exception {
        String name = "burst" + UUID.randomUUID().toString().substring(0, 8);
        String password = accounts.add(name, "admin", "10.0.0.1").orElseThrow();
        int attempts = 20;
        List<Visitor> attackers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            var attacker = new Visitor(mvc);
            attacker.get("/admin/login");
            attackers.add(attacker);
        }
        long before = passwordEncoder.hashes();
        var answers = AtOnce.send(attackers.stream()
                .map(attacker -> (Callable<String>)
                        () -> attacker.post("/admin/login", "username", name, "password", "Wrong-Pa55word!")
                                .getResponse()
                                .getRedirectedUrl())
                .toList());
        assertThat(answers).allSatisfy(answer -> assertThat(answer)
                .matches("/admin/login\\?(error&username=[A-Za-z0-9._-]+|locked=\\d+)"));

        assertThat(passwordEncoder.hashes() - before)
                .as("passwords checked against the hash")
                .isLessThanOrEqualTo(AdminLoginSecurity.MAX_FAILURES);
        var rightOne = new Visitor(mvc);
        rightOne.get("/admin/login");
        var refused = rightOne.post("/admin/login", "username", name, "password", password);
        assertThat(refused.getResponse().getRedirectedUrl()).matches("/admin/login\\?locked=\\d+");
        assertThat(Visitor.body(rightOne.follow(refused)))
                .contains("Too many failed logins for this user name. Try again in 15 minutes.");

        clock.advance(AdminLoginSecurity.LOCKOUT.plusSeconds(1));
        AdminLogin.as(mvc, name, password);
    }

    @Test
    void theLoginPageShowsOnlyANumberOfSecondsFromItsAddressNotTextSomeoneWroteIntoTheLink() {
        var visitor = new Visitor(mvc);

        String spoofed = Visitor.body(visitor.get("/admin/login", "rate", "30. Call +91 98765 43210 to unlock"));
        String honest = Visitor.body(visitor.get("/admin/login", "rate", "42"));

        assertThat(spoofed).doesNotContain("98765").doesNotContain("id=\"rate-limited\"");
        assertThat(honest).contains("Try again in 42 seconds.");
    }

    @Test
    void aRandomFirstPasswordMeetsThePasswordRule() {
        for (int i = 0; i < 50; i++) {
            assertThat(io.github.icegateportal.shared.field.PasswordPolicy.isAcceptable(
                            AdminAccounts.randomPassword(), "admin"))
                    .isTrue();
        }
    }

    /** An admin just added by the first admin, signed in with the one-time password and on the password page. */
    private record Newcomer(String name, String password, Visitor admin) {}

    private Newcomer newAdmin() {
        var first = AdminLogin.asFirstAdmin(mvc);
        first.get("/admin/admins");
        String name = newName();
        String body = Visitor.body(first.post("/admin/admins", "username", name));
        String password = body.replaceAll("(?s).*<code id=\"one-time-password\">([^<]+)</code>.*", "$1");
        var admin = AdminLogin.as(mvc, name, password);
        admin.get("/admin/password");
        return new Newcomer(name, password, admin);
    }

    private static String newName() {
        return "adm-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void awaitAuditEntry(String action, String subject, String remoteAddress) {
        await().ignoreExceptions().untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_entry WHERE action = ? AND subject = ? AND remote_address = ?",
                        Integer.class,
                        action,
                        subject,
                        remoteAddress))
                .isPositive());
    }
}
