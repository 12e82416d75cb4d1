package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Every admin page: an anonymous visitor is sent to the admin login, an exporter gets 403, an admin gets the page. */
@PortalTest
class AdminAccessTests {

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/admin",
                "/admin/admins",
                "/admin/audit",
                "/admin/audit.csv",
                "/admin/password",
                "/admin/registrations"
            })
    void anAnonymousVisitorIsSentToTheAdminLogin(String path) {
        var result = new Visitor(mvc).get(path);

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/admin/login");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/admin",
                "/admin/admins",
                "/admin/audit",
                "/admin/audit.csv",
                "/admin/password",
                "/admin/registrations"
            })
    void aSignedInExporterIsForbidden(String path) {
        assertThat(mvc.get().uri(path).with(user("EXPORTER-ONE").roles("USER"))).hasStatus(403);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/admin",
                "/admin/admins",
                "/admin/audit",
                "/admin/audit.csv",
                "/admin/password",
                "/admin/registrations"
            })
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
    void theLoginPageIsOpenToEveryone() {
        assertThat(mvc.get().uri("/admin/login")).hasStatusOk().bodyText().contains("Login as Admin");
    }
}
