package io.github.icegateportal.registration.iec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.account.IcegateIds;
import io.github.icegateportal.registration.internal.RegistrationExpiry;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.support.PortalTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A draft left unfinished ends after the draft lifetime and gives its ICEGATE ID back; a submitted one stays. */
@PortalTest
class IecRegistrationExpiryTests extends IecJourney {

    @Autowired
    RegistrationExpiry expiry;

    @Autowired
    IcegateIds icegateIds;

    @Test
    void aDraftLeftAtTheSubmitStepEndsAfterTheDraftLifetimeAndFreesItsIcegateId() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);
        var signatures = new DemoSignatures(mvc);
        wizard.details();
        wizard.otps();
        wizard.uploadProprietorDocuments();
        wizard.signature(signatures.valid(holder, wizard.challenge()));
        String id = "draft-" + holder.pan().toLowerCase();
        assertThat(wizard.icegateId(id, IecFixtures.PASSWORD)).hasStatus3xxRedirection();
        assertThat(icegateIds.isTaken(IcegateId.of(id))).isTrue();

        clock.advance(Duration.ofDays(29));
        expiry.sweep();
        assertThat(status(wizard)).isEqualTo("ID_CHOSEN");

        clock.advance(Duration.ofDays(2));
        expiry.sweep();
        assertThat(status(wizard)).isEqualTo("EXPIRED");
        assertThat(icegateIds.isTaken(IcegateId.of(id))).isFalse();
    }

    @Test
    void aSubmittedRegistrationIsNeverEndedByTheSweep() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);
        var signatures = new DemoSignatures(mvc);
        wizard.details();
        wizard.otps();
        wizard.uploadProprietorDocuments();
        wizard.signature(signatures.valid(holder, wizard.challenge()));
        wizard.icegateId("kept-" + holder.pan().toLowerCase(), IecFixtures.PASSWORD);
        wizard.submit();

        clock.advance(Duration.ofDays(400));
        expiry.sweep();

        assertThat(status(wizard)).isEqualTo("SUBMITTED");
    }

    private String status(IecWizard wizard) {
        return jdbc.queryForObject(
                "select status from registration where flow_key = ?",
                String.class,
                java.util.UUID.fromString(wizard.flowId));
    }
}
