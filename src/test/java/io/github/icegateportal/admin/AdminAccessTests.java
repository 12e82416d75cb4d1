package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Every admin page: an anonymous visitor is sent to the admin login, an exporter gets 403, an admin gets the page. */
@PortalTest
class AdminAccessTests {

    /** Every admin page that a GET opens. */
    static final List<String> ADMIN_PAGES = List.of(
            "/admin",
            "/admin/admins",
            "/admin/audit",
            "/admin/audit.csv",
            "/admin/password",
            "/admin/registrations",
            "/admin/tools");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    io.github.icegateportal.account.Accounts accounts;

    @ParameterizedTest
    @FieldSource("ADMIN_PAGES")
    void anAnonymousVisitorIsSentToTheAdminLogin(String path) {
        var result = new Visitor(mvc).get(path);

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/admin/login");
    }

    @ParameterizedTest
    @FieldSource("ADMIN_PAGES")
    void aSignedInExporterIsForbidden(String path) {
        assertThat(mvc.get().uri(path).with(user("EXPORTER-ONE").roles("USER"))).hasStatus(403);
    }

    @ParameterizedTest
    @FieldSource("ADMIN_PAGES")
    void anAdminGetsThePage(String path) {
        var admin = AdminLogin.asFirstAdmin(mvc);

        assertThat(admin.get(path).getResponse().getStatus()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/admins", "/admin/admins/1/disable", "/admin/admins/1/enable", "/admin/password"})
    void anAnonymousPostWithAValidTokenIsSentToTheAdminLogin(String path) {
        var visitor = new Visitor(mvc);
        visitor.get("/admin/login");

        var result = visitor.post(path, "username", "intruder");

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/admin/login");
    }

    @org.junit.jupiter.api.Test
    void anExporterSignedInThroughThePortalLoginGetsForbiddenOnEveryAdminPageAndCannotUseTheAdminLogin() {
        var id = io.github.icegateportal.shared.field.IcegateId.of("ADMTEST_" + System.nanoTime() % 1_000_000_000L);
        var mobile = io.github.icegateportal.shared.field.MobileNumber.of("7"
                + String.format(
                        "%09d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000)));
        var iec = io.github.icegateportal.shared.field.Iec.of("8"
                + String.format(
                        "%09d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000)));
        accounts.openSimplified(new io.github.icegateportal.account.NewAccount(
                id,
                iec,
                null,
                "Admin Access Traders",
                io.github.icegateportal.shared.field.EmailAddress.of(
                        id.value().toLowerCase().replace('_', '.') + "@example.in"),
                mobile,
                "Kite#Lantern42",
                "10.9.9.9"));
        var exporter = new Visitor(mvc);
        var login = exporter.logIn(id.value(), "Kite#Lantern42");
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/dashboard");

        for (String path : ADMIN_PAGES) {
            assertThat(exporter.get(path).getResponse().getStatus()).as(path).isEqualTo(403);
        }
        var viaAdminLogin = new Visitor(mvc);
        viaAdminLogin.get("/admin/login");
        assertThat(viaAdminLogin
                        .post("/admin/login", "username", id.value(), "password", "Kite#Lantern42")
                        .getResponse()
                        .getRedirectedUrl())
                .startsWith("/admin/login?error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dashboard", "/filing", "/account/password", "/account/login-otp", "/account/email"})
    void aSignedInAdminCannotUseAnExportersPages(String path) {
        var admin = AdminLogin.asFirstAdmin(mvc);

        assertThat(admin.get(path).getResponse().getStatus()).isEqualTo(403);
        assertThat(admin.get("/login"))
                .as("the exporters' login form, not a redirect to the dashboard")
                .hasStatusOk();
    }

    @org.junit.jupiter.api.Test
    void signingInAsOneKindInASessionEndsTheOtherKindsSignIn() {
        var id = io.github.icegateportal.shared.field.IcegateId.of("ADMSWAP_" + System.nanoTime() % 1_000_000_000L);
        accounts.openSimplified(new io.github.icegateportal.account.NewAccount(
                id,
                io.github.icegateportal.shared.field.Iec.of("8"
                        + String.format(
                                "%09d",
                                java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000))),
                null,
                "Session Swap Traders",
                io.github.icegateportal.shared.field.EmailAddress.of(
                        id.value().toLowerCase().replace('_', '.') + "@example.in"),
                io.github.icegateportal.shared.field.MobileNumber.of("7"
                        + String.format(
                                "%09d",
                                java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000))),
                "Kite#Lantern42",
                "10.9.9.9"));
        var person = AdminLogin.asFirstAdmin(mvc);
        assertThat(person.get("/admin").getResponse().getStatus()).isEqualTo(200);

        person.get("/login");
        assertThat(person.post("/login", "username", id.value(), "password", "Kite#Lantern42")
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/dashboard");
        assertThat(person.get("/dashboard").getResponse().getStatus()).isEqualTo(200);
        assertThat(person.get("/admin").getResponse().getStatus())
                .as("the exporter's login ended the admin's")
                .isEqualTo(403);

        person.get("/admin/login");
        assertThat(person.post("/admin/login", "username", AdminLogin.USERNAME, "password", AdminLogin.PASSWORD)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/admin");
        assertThat(person.get("/admin").getResponse().getStatus()).isEqualTo(200);
        assertThat(person.get("/dashboard").getResponse().getStatus())
                .as("the admin's login ended the exporter's")
                .isEqualTo(403);
    }

    @org.junit.jupiter.api.Test
    void theLoginPageIsOpenToEveryone() {
        assertThat(mvc.get().uri("/admin/login")).hasStatusOk().bodyText().contains("Login as Admin");
    }

    @org.junit.jupiter.api.Test
    void theMetricsAreForAdminsOnlyAndHealthIsForEveryone() {
        var anonymous = new Visitor(mvc);
        assertThat(anonymous.get("/actuator/health")).hasStatusOk().bodyText().contains("UP");
        for (String path : List.of("/actuator", "/actuator/metrics", "/actuator/metrics/portal.admin.queue.pending")) {
            var result = anonymous.get(path);
            assertThat(result).as(path).hasStatus(401);
            assertThat(Visitor.body(result)).as(path).doesNotContain("portal.");
            assertThat(mvc.get().uri(path).with(user("EXPORTER-ONE").roles("USER")))
                    .as(path)
                    .hasStatus(403);
        }

        var admin = AdminLogin.asFirstAdmin(mvc);
        assertThat(admin.get("/actuator/metrics")).hasStatusOk().bodyText().contains("portal.admin.queue.pending");
    }
}
