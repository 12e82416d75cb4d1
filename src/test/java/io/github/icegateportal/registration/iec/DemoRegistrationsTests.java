package io.github.icegateportal.registration.iec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.account.Accounts;
import io.github.icegateportal.account.IcegateIds;
import io.github.icegateportal.demo.registrations.DemoRegistrations;
import io.github.icegateportal.registration.RegistrationDetail;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.registration.Registrations;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.PortalTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo's queued DSC registrations look like real submissions, and seeding again adds nothing. */
@PortalTest
class DemoRegistrationsTests {

    @Autowired
    DemoRegistrations demo;

    @Autowired
    Registrations registrations;

    @Autowired
    KycDocuments documents;

    @Autowired
    IecRegistrationRepository repository;

    @Autowired
    IcegateIds icegateIds;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void eachQueuedDemoRegistrationIsASubmissionWithEveryDocumentAPassingDscAndItsHistory() {
        for (var queued : DemoRegistrations.QUEUED) {
            String reference = waiting(queued.iec()).get(0);
            RegistrationDetail detail = registrations.detail(reference).orElseThrow();
            var registration = repository.findByReference(reference).orElseThrow();

            assertThat(detail.status()).isEqualTo(RegistrationStatus.SUBMITTED);
            assertThat(detail.icegateId()).isEqualTo(new IcegateId(queued.icegateId()));
            assertThat(Duration.between(detail.submittedAt(), MutableClock.START))
                    .isEqualTo(queued.submittedAgo());
            assertThat(documents.missing(registration)).isEmpty();
            assertThat(detail.dsc().passed()).isTrue();
            // Signed when it was submitted, with a certificate that was already valid then, not one issued at start.
            assertThat(detail.dsc().certificate().notBefore()).isBefore(detail.submittedAt());
            assertThat(detail.dsc().challenge()).contains("registration " + reference);
            assertThat(detail.dsc().certificate().holderName())
                    .isEqualTo(detail.iecRecord().signatories().get(0).name());
            assertThat(detail.history())
                    .extracting(RegistrationDetail.HistoryEntry::action)
                    .containsSubsequence(
                            "REGISTRATION_STARTED",
                            "REGISTRATION_OTP_VERIFIED",
                            "REGISTRATION_DOCUMENT_UPLOADED",
                            "REGISTRATION_DSC_VERIFIED",
                            "REGISTRATION_ID_CHOSEN",
                            "REGISTRATION_SUBMITTED");
            assertThat(icegateIds.isTaken(new IcegateId(queued.icegateId()))).isTrue();
            assertThat(passwordEncoder.matches(
                            DemoRegistrations.PASSWORD,
                            registration.passwordHash().orElseThrow()))
                    .isTrue();
        }
        assertThat(DemoRegistrations.QUEUED)
                .anyMatch(queued -> queued.submittedAgo().compareTo(Duration.ofHours(72)) > 0)
                .anyMatch(queued -> queued.submittedAgo().compareTo(Duration.ofHours(24)) < 0);
    }

    @Test
    void seedingAgainAddsNothing() {
        demo.seed();
        demo.seed();

        for (var queued : DemoRegistrations.QUEUED) {
            assertThat(waiting(queued.iec())).as(queued.iec()).hasSize(1);
            assertThat(accounts.findByIec(new Iec(queued.iec()))).isEmpty();
        }
    }

    private List<String> waiting(String iec) {
        return jdbc.queryForList(
                "SELECT reference_number FROM registration WHERE iec = ? AND route = 'DSC' AND status = 'SUBMITTED'",
                String.class,
                iec);
    }
}
