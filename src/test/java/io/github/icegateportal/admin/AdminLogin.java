package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.Visitor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Signs a visitor in as an admin, through the login form as a browser does. */
final class AdminLogin {

    /** The first admin's name and password, from src/test/resources/config/application.properties. */
    static final String USERNAME = "admin";

    static final String PASSWORD = "Admin-Test-Pa55!";

    private AdminLogin() {}

    static Visitor asFirstAdmin(MockMvcTester mvc) {
        return as(mvc, USERNAME, PASSWORD);
    }

    static Visitor as(MockMvcTester mvc, String username, String password) {
        var visitor = new Visitor(mvc);
        visitor.get("/admin/login");
        var result = visitor.post("/admin/login", "username", username, "password", password);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin");
        return visitor;
    }
}
