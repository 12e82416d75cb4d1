package io.github.icegateportal.registration.iec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import jakarta.persistence.EntityManagerFactory;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every step is saved: a person comes back in another browser (or after a restart) with the reference ID. */
@PortalTest
class IecContinueTests extends IecJourney {

    private static final Pattern REFERENCE = Pattern.compile("Reference ID</span>:\\s*<strong>([^<]+)</strong>");

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void aPersonInANewBrowserContinuesAtTheSavedStepWithTheReferenceIdAndFreshOtps() {
        var holder = DgftRows.proprietor(jdbc);
        var first = new IecWizard(mvc, holder);
        first.details();
        first.otps();
        first.upload(KycDocumentType.PAN_CARD, "pan.pdf", SampleFiles.pdf());
        String reference = reference(first);
        // nothing is held in memory between requests: drop the second-level state as a restart would
        entityManagerFactory.getCache().evictAll();
        clock.advance(java.time.Duration.ofDays(3));

        var later = new Visitor(mvc);
        later.get("/registration/iec/continue");
        var sent = Visitor.body(later.post("/registration/iec/continue", "referenceNumber", reference.toLowerCase()));
        assertThat(sent).contains("If the reference ID belongs to a registration in progress, OTPs have been sent");
        var outbox = first.outbox;
        var resumed = later.post(
                "/registration/iec/continue/otp",
                "referenceNumber",
                reference,
                "mobileOtp",
                outbox.otp(holder.mobile()),
                "emailOtp",
                outbox.otp(holder.email()));

        assertThat(resumed).hasStatus3xxRedirection().redirectedUrl().endsWith("/documents");
        assertThat(Visitor.body(later.follow(resumed))).contains("pan.pdf");
    }

    /** OTPs go out a few times per reference ID, whatever the address, and the limit says the same for any ID. */
    @Test
    void continuingSendsOtpsOnlyAFewTimesPerReferenceIdFromAnyAddress() {
        var holder = DgftRows.proprietor(jdbc);
        var first = new IecWizard(mvc, holder);
        first.details();
        String reference = reference(first);

        for (String typed : new String[] {reference, "ZZZZ-ZZZZ-ZZZZ"}) {
            for (int i = 0; i < RateLimit.IEC_CONTINUE_REFERENCE.tries(); i++) {
                assertThat(continueFromANewAddress(typed))
                        .contains("If the reference ID belongs to a registration in progress, OTPs have been sent");
            }
            assertThat(continueFromANewAddress(typed))
                    .contains("OTPs have already been asked for with this reference ID several times")
                    .doesNotContain("OTPs have been sent");
        }

        clock.advance(java.time.Duration.ofMinutes(6));
        assertThat(continueFromANewAddress(reference))
                .contains("If the reference ID belongs to a registration in progress, OTPs have been sent");
    }

    private String continueFromANewAddress(String reference) {
        var visitor = new Visitor(mvc);
        visitor.get("/registration/iec/continue");
        return Visitor.body(visitor.post("/registration/iec/continue", "referenceNumber", reference));
    }

    @Test
    void continuingWithTheReferenceIdGivesTheWizardANewAddressAndTheOldOneStopsWorking() {
        var holder = DgftRows.proprietor(jdbc);
        var first = new IecWizard(mvc, holder);
        first.details();
        first.otps();
        String reference = reference(first);
        String oldAddress = first.base() + "/documents";
        assertThat(first.visitor.get(oldAddress)).hasStatusOk();

        var later = new Visitor(mvc);
        later.get("/registration/iec/continue");
        later.post("/registration/iec/continue", "referenceNumber", reference);
        var resumed = later.post(
                "/registration/iec/continue/otp",
                "referenceNumber",
                reference,
                "mobileOtp",
                first.outbox.otp(holder.mobile()),
                "emailOtp",
                first.outbox.otp(holder.email()));

        String newAddress = resumed.getResponse().getRedirectedUrl();
        assertThat(newAddress)
                .startsWith("/registration/iec/")
                .endsWith("/documents")
                .isNotEqualTo(oldAddress);
        assertThat(later.get(newAddress)).hasStatusOk();
        var gone = first.visitor.get(oldAddress);
        assertThat(gone).as("the address from before continuing").hasStatus(404);
        assertThat(Visitor.body(gone))
                .as("a page of the wizard's own that shows the way back in, not the portal's 'Page not found'")
                .contains("This link is no longer valid.")
                .contains("href=\"/registration/iec/continue\"", "Continue using Reference ID")
                .contains("href=\"/registration/iec/details\"", "Fresh Registration");
        first.visitor.get(newAddress);
        assertThat(first.visitor.upload(
                        oldAddress,
                        new org.springframework.mock.web.MockMultipartFile(
                                "file", "pan.pdf", "application/pdf", SampleFiles.pdf()),
                        "type",
                        KycDocumentType.PAN_CARD.name()))
                .as("nor can a step be posted there")
                .hasStatus(404);
    }

    @Test
    void anUnknownReferenceGetsTheSameAnswerAsAKnownOneAndNoOtpsGoAnywhere() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);
        wizard.details();
        String reference = reference(wizard);
        int messagesBefore = wizard.outbox.to(holder.email()).size();

        var prober = new Visitor(mvc);
        prober.get("/registration/iec/continue");
        var unknown = Visitor.body(prober.post("/registration/iec/continue", "referenceNumber", "ZZZZ-ZZZZ-ZZZZ"));
        var known = Visitor.body(prober.post("/registration/iec/continue", "referenceNumber", reference));

        assertThat(strip(unknown, "ZZZZ-ZZZZ-ZZZZ")).isEqualTo(strip(known, reference));
        var wrong = Visitor.body(prober.post(
                "/registration/iec/continue/otp",
                "referenceNumber",
                "ZZZZ-ZZZZ-ZZZZ",
                "mobileOtp",
                "123456",
                "emailOtp",
                "123456"));
        assertThat(wrong).contains("The reference ID and OTPs do not match a registration in progress.");
        assertThat(wizard.outbox.to(holder.email())).hasSize(messagesBefore + 1);
    }

    @Test
    void continuingIsRateLimitedPerClientAddress() {
        var prober = new Visitor(mvc);
        prober.get("/registration/iec/continue");
        String page = "";
        for (int i = 0; i < 11; i++) {
            page = Visitor.body(
                    prober.post("/registration/iec/continue", "referenceNumber", "ZZZZ-ZZZZ-ZZ" + (10 + i)));
        }
        assertThat(page).contains("Too many tries from your connection. Please try again in");
    }

    @Test
    void theStatusPageTellsTheStateOfAReferenceAndNothingPersonal() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);
        wizard.details();
        String reference = reference(wizard);

        var visitor = new Visitor(mvc);
        visitor.get("/registration/status");
        var page = Visitor.body(visitor.post("/registration/status", "referenceNumber", reference));
        assertThat(page)
                .contains("In progress: details matched the DGFT record, OTPs sent")
                .doesNotContain(holder.email())
                .doesNotContain(holder.mobile())
                .doesNotContain(holder.firmName());
        assertThat(Visitor.body(visitor.post("/registration/status", "referenceNumber", "ZZZZ-ZZZZ-ZZZZ")))
                .contains("No registration with this reference number was found.");
    }

    private static String reference(IecWizard wizard) {
        var matcher = REFERENCE.matcher(Visitor.body(wizard.visitor.get(wizard.base() + "/otp")));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1).strip();
    }

    private static String strip(String page, String reference) {
        return page.replace(reference, "").replaceAll("name=\"_csrf\"\\s+value=\"[^\"]+\"", "");
    }
}
