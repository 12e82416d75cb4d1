package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The layout's header shows a signed-in admin's name, Admin home and Sign out, on the public pages too. */
@PortalTest
class AdminHeaderTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theHeaderShowsTheSignedInAdminWithAdminHomeAndSignOut() {
        var admin = AdminLogin.asFirstAdmin(mvc);

        for (String path : new String[] {"/", "/help", "/admin"}) {
            assertThat(Visitor.body(admin.get(path)))
                    .as(path)
                    .contains("Signed in as admin</span> <strong id=\"signed-in-admin\">" + AdminLogin.USERNAME
                            + "</strong>")
                    .contains("<a href=\"/admin\">Admin home</a>")
                    .contains("<form action=\"/admin/logout\" method=\"post\">")
                    .doesNotContain("signed-in-id");
        }
        admin.post("/admin/logout");
        assertThat(Visitor.body(admin.get("/"))).doesNotContain("signed-in-admin");
    }

    @Test
    void anAnonymousPageShowsNoAdmin() {
        var visitor = new Visitor(mvc);

        assertThat(Visitor.body(visitor.get("/"))).doesNotContain("signed-in-admin");
        assertThat(visitor.hasCookie("SESSION")).isFalse();
    }
}
