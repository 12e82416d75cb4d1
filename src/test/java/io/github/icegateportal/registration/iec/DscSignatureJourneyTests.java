package io.github.icegateportal.registration.iec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.registration.RegistrationDetail;
import io.github.icegateportal.registration.RegistrationFilter;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.registration.Registrations;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The whole wizard with signatures from the demo DSC token: the valid path and each refusal of the DSC step. */
@PortalTest
class DscSignatureJourneyTests extends IecJourney {

    @Autowired
    Registrations registrations;

    DemoSignatures signatures;

    @BeforeEach
    void signWithTheDemoToken() {
        signatures = new DemoSignatures(mvc);
    }

    @Test
    void aProprietorRegistersWithTheDemoTokenAndTheRequestAwaitsApproval() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);

        var start = Visitor.body(wizard.visitor.get("/registration/iec"));
        assertThat(start).contains("Fresh Registration").contains("Continue using Reference ID");

        assertThat(wizard.details()).hasStatus3xxRedirection();
        assertThat(Visitor.body(wizard.visitor.get(wizard.base() + "/otp")))
                .contains("Your OTP sent successfully on your registered mobile number and email id.");
        assertThat(wizard.otps()).hasStatus3xxRedirection().redirectedUrl().endsWith("/documents");
        wizard.uploadProprietorDocuments();

        String challenge = wizard.challenge();
        assertThat(challenge).doesNotContain("\n").matches("\\p{ASCII}+");
        var download = wizard.visitor.get(wizard.base() + "/dsc/challenge.txt");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(challenge.getBytes());
        assertThat(Visitor.body(wizard.visitor.get(wizard.base() + "/dsc"))).contains("/demo/dsc?challenge=");

        assertThat(wizard.signature(signatures.valid(holder, challenge)))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/icegate-id");
        assertThat(wizard.icegateId("dsc-" + holder.pan().toLowerCase(), IecFixtures.PASSWORD))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/submit");
        String reference = wizard.submit();

        var queued =
                registrations.queue(new RegistrationFilter(null, null, new Iec(holder.iec())), PageRequest.of(0, 10));
        assertThat(queued.getContent()).singleElement().satisfies(row -> {
            assertThat(row.referenceNumber()).isEqualTo(reference);
            assertThat(row.status()).isEqualTo(RegistrationStatus.SUBMITTED);
            assertThat(row.submittedAt()).isEqualTo(MutableClock.START);
        });
        assertThat(wizard.outbox.latest(holder.email()).body())
                .contains(reference)
                .contains("24–72 hours");
        assertThat(wizard.outbox.latest(holder.mobile()).body()).contains(reference);

        RegistrationDetail detail = registrations.detail(reference).orElseThrow();
        assertThat(detail.documents()).hasSize(3);
        assertThat(detail.dsc()).isNotNull();
        assertThat(detail.dsc().passed()).isTrue();
        assertThat(detail.dsc().certificate().holderName()).isEqualTo(holder.signatory());
        assertThat(detail.dsc().checks()).isNotEmpty().noneMatch(check -> check.failed());
        var document = registrations
                .document(reference, detail.documents().get(0).id())
                .orElseThrow();
        assertThat(document.content()).isEqualTo(SampleFiles.pdf());
        assertThat(document.contentType()).isEqualTo("application/pdf");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "EXPIRED       | challenge | The DSC has expired.",
                "NOT_YET_VALID | challenge | The DSC is not valid yet.",
                "CLASS_2       | challenge | The DSC is not Class III.",
                "UNTRUSTED_CA  | challenge | The DSC was not issued by a trusted certifying authority.",
                "OTHER_NAME    | challenge | The name on the DSC does not match the IEC",
                "OTHER_PAN     | challenge | The PAN in the DSC does not match the PAN of that person on the IEC record.",
                "REVOKED       | challenge | The DSC has been revoked by its certifying authority.",
                "VALID_CLASS_3 | other     | The signature does not match the challenge."
            })
    void eachDscFailureHasItsOwnMessageAndTheRegistrationStaysAtTheDscStep(String kind, String text, String message) {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);
        wizard.details();
        wizard.otps();
        wizard.uploadProprietorDocuments();

        var refused = wizard.signature(signatures.sign(holder, wizard.challenge(), kind, text));

        assertThat(refused).hasStatusOk();
        assertThat(Visitor.body(refused)).contains("id=\"signature-error\"").contains(message);
        assertThat(wizard.visitor.get(wizard.base() + "/icegate-id"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/dsc");
    }

    @Test
    void aSignatureMadeForAnotherRegistrationIsRefused() {
        var holder = DgftRows.proprietor(jdbc);
        var first = new IecWizard(mvc, holder);
        first.details();
        first.otps();
        first.uploadProprietorDocuments();
        byte[] forFirst = signatures.valid(holder, first.challenge());

        var other = DgftRows.proprietor(jdbc);
        var second = new IecWizard(mvc, other);
        second.details();
        second.otps();
        second.uploadProprietorDocuments();

        assertThat(Visitor.body(second.signature(forFirst))).contains("id=\"signature-error\"");
    }

    @Test
    void theDemoTokensSignatureCanBeAttachedDirectly() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);
        wizard.details();
        wizard.otps();
        wizard.uploadProprietorDocuments();
        String tokenId = signatures.tokenId(holder, wizard.challenge(), "VALID_CLASS_3", "challenge");

        var page = Visitor.body(wizard.visitor.get(wizard.base() + "/dsc", "demoSignature", tokenId));
        assertThat(page).contains("name=\"demoSignature\"");
        assertThat(wizard.visitor.post(wizard.base() + "/dsc", "demoSignature", tokenId))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/icegate-id");
    }

    @Test
    void goingBackToAnEarlierStepKeepsWhatWasEnteredAndLeadsForwardAgain() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);
        wizard.details();
        wizard.otps();
        wizard.uploadProprietorDocuments();
        wizard.signature(signatures.valid(holder, wizard.challenge()));

        assertThat(Visitor.body(wizard.visitor.get(wizard.base() + "/details")))
                .contains(holder.iec())
                .contains(holder.email());
        var documents = Visitor.body(wizard.visitor.get(wizard.base() + "/documents"));
        assertThat(documents).contains("pan_card.pdf").contains("aadhaar.pdf").contains("address_proof.pdf");
        assertThat(wizard.upload(KycDocumentType.AADHAAR, "aadhaar-new.png", SampleFiles.png()))
                .hasStatus3xxRedirection();
        assertThat(Visitor.body(wizard.visitor.get(wizard.base() + "/dsc"))).contains("id=\"dsc-verified\"");
        assertThat(wizard.visitor.get(wizard.base() + "/icegate-id")).hasStatusOk();
        assertThat(wizard.icegateId("dsc-" + holder.pan().toLowerCase(), IecFixtures.PASSWORD))
                .hasStatus3xxRedirection();
        assertThat(Visitor.body(wizard.visitor.get(wizard.base() + "/icegate-id")))
                .contains("dsc-" + holder.pan().toLowerCase());
    }

    @Test
    void anIdTakenByAnotherRegistrationIsRefusedWithTheSpecsMessage() {
        var first = DgftRows.proprietor(jdbc);
        var second = DgftRows.proprietor(jdbc);
        String id = "shared-" + first.pan().toLowerCase();
        for (var holder : new DgftRows.Holder[] {first, second}) {
            var wizard = new IecWizard(mvc, holder);
            wizard.details();
            wizard.otps();
            wizard.uploadProprietorDocuments();
            wizard.signature(signatures.valid(holder, wizard.challenge()));
            var result = wizard.icegateId(id.toUpperCase(), IecFixtures.PASSWORD);
            if (holder == first) {
                assertThat(result).hasStatus3xxRedirection();
            } else {
                assertThat(Visitor.body(result))
                        .contains("This ICEGATE ID already exists in system. Please try with another ICEGATE ID.");
            }
        }
    }

    @Test
    void afterTheChallengeIsRenewedOnlyASignatureThatPassesAgainLetsTheRegistrationBeSubmitted() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);
        wizard.details();
        wizard.otps();
        wizard.uploadProprietorDocuments();
        assertThat(wizard.signature(signatures.valid(holder, wizard.challenge())))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/icegate-id");
        assertThat(wizard.icegateId("dsr-" + holder.pan().toLowerCase(), IecFixtures.PASSWORD))
                .hasStatus3xxRedirection();

        wizard.visitor.get(wizard.base() + "/dsc");
        wizard.visitor.post(wizard.base() + "/dsc/renew");
        assertThat(Visitor.body(wizard.signature(signatures.sign(holder, wizard.challenge(), "EXPIRED", "challenge"))))
                .contains("The DSC has expired.");

        wizard.visitor.get(wizard.base() + "/submit");
        var submitted = wizard.visitor.post(wizard.base() + "/submit");

        assertThat(Visitor.body(submitted)).contains("Please complete every step before submitting.");
        var queued =
                registrations.queue(new RegistrationFilter(null, null, new Iec(holder.iec())), PageRequest.of(0, 10));
        assertThat(queued.getContent()).noneMatch(row -> row.status() == RegistrationStatus.SUBMITTED);
    }
}
