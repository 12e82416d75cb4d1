package io.github.icegateportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
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
    void homePageSendsTheContentSecurityPolicy() {
        assertThat(mvc.get().uri("/")).hasStatusOk().headers().containsHeader("Content-Security-Policy");
    }
}
