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
            "portal.temporary-password.lifetime=P5D",
            "portal.otp.max-attempts=4",
            "portal.otp.max-resends=2"
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
    void theGuidesSayTheConfiguredSettingsInBothLanguages() {
        var visitor = new Visitor(mvc);
        assertThat(Visitor.body(visitor.get("/guidelines/simplified-registration")))
                .contains("It is valid for 5 days.")
                .contains("Each OTP allows 4 wrong tries;")
                .contains("You can ask for new OTPs up to 2 times, a minute apart;")
                .contains("or 3 hours have passed")
                .contains("Enter IEC, GSTIN and both OTPs to carry on (within 3 hours).")
                .doesNotContain("7 days", " 2 hours", "5 wrong tries", " 3 times");
        assertThat(Visitor.body(visitor.get("/guidelines/common-problems", "lang", "hi")))
                .contains("OTP बनने के 3 घंटे तक मान्य रहते हैं।")
                .contains("हर OTP में 4 गलत प्रयासों की अनुमति है। नए OTP माँगें (2 बार तक)");
        assertThat(Visitor.body(visitor.get("/downloads/iec-registration-with-dsc.txt", "lang", "en")))
                .contains("3 hours, 4 wrong tries each, up to 2 resends.");
    }

    @Test
    void anExpiredRegistrationSaysTheConfiguredHours(@Autowired org.springframework.context.MessageSource messages) {
        var refused = new io.github.icegateportal.registration.RegistrationStateException(
                io.github.icegateportal.registration.RegistrationStateException.EXPIRED,
                io.github.icegateportal.registration.RegistrationStatus.EXPIRED,
                "show");
        assertThat(messages.getMessage(refused.messageKey(), refused.messageArguments(otp), java.util.Locale.ENGLISH))
                .isEqualTo("Your OTPs have expired (they are valid for 3 hours after they were generated)."
                        + " Please start the registration again.");
    }

    @Autowired
    io.github.icegateportal.otp.OtpProperties otp;

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
