package io.github.icegateportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalTest
class HomePageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void homePageShowsTheServicesBoxAndTheModelNotice() {
        assertThat(mvc.get().uri("/"))
                .hasStatusOk()
                .bodyText()
                .contains("SERVICES", "Simplified Registration", "Login as Admin", "Digital Signature")
                .contains("PUBLIC ENQUIRIES")
                .contains("This is a model of the ICEGATE registration process");
    }

    @Test
    void theHomePagesBreadcrumbIsHomeAloneAndOtherPagesLeadBackToIt() {
        String home = Visitor.body(mvc.get().uri("/").exchange());
        String trail = home.substring(
                home.indexOf("<ol id=\"breadcrumb\""), home.indexOf("</ol>", home.indexOf("<ol id=\"breadcrumb\"")));
        assertThat(trail.split("class=\"breadcrumb-item")).hasSize(2);
        assertThat(trail).contains("aria-current=\"page\">Home</li>").doesNotContain("href=");

        String login = Visitor.body(mvc.get().uri("/login").exchange());
        assertThat(login).contains("<li class=\"breadcrumb-item\"><a href=\"/\">Home</a></li>");
    }

    @Test
    void homePageSendsTheContentSecurityPolicy() {
        assertThat(mvc.get().uri("/")).hasStatusOk().headers().containsHeader("Content-Security-Policy");
    }
}
