package io.github.icegateportal.registration.iec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.TestClockConfiguration;
import io.github.icegateportal.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The lifetimes a person reads ("valid for 2 hours", "valid for 7 days") are switches, not fixed words: with other
 * settings the pages and messages say the settings' values, in both languages. The only test with these settings, so
 * the only one that pays for an application context (and a database) of its own.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:lifetimes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "portal.otp.lifetime=PT3H",
            "portal.temporary-password.lifetime=P5D"
        })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class SwitchedLifetimeTextsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTemporaryPasswordPageSaysTheConfiguredDays() {
        var visitor = new Visitor(mvc);
        assertThat(Visitor.body(visitor.get("/registration/simplified/temporary-password")))
                .contains("It replaces any earlier one and is valid for 5 days.");
        assertThat(Visitor.body(visitor.get("/registration/simplified/temporary-password", "lang", "hi")))
                .contains("5 दिनों तक मान्य है।");
    }

    @Test
    void theOtpEmailSaysTheConfiguredHours() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);
        assertThat(wizard.details()).hasStatus3xxRedirection();

        assertThat(wizard.outbox.latest(holder.email()).body())
                .contains("It is valid for 3 hours.")
                .doesNotContain("2 hours");
    }
}
