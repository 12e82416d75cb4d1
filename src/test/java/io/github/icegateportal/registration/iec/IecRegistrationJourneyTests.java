package io.github.icegateportal.registration.iec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.account.IcegateIds;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;

@PortalTest
class IecRegistrationJourneyTests extends IecJourney {

    @Autowired
    IecRegistrationRepository repository;

    @Autowired
    DscStepRepository dscSteps;

    @Autowired
    IcegateIds icegateIds;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MessageSource messages;

    IecFixtures fixtures() {
        return new IecFixtures(repository, dscSteps, icegateIds, passwordEncoder, clock);
    }

    @Test
    void eachDetailThatDiffersFromTheDgftRecordIsNamedAndTheRegistrationDoesNotStart() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);

        var otherPan = holder.pan().substring(0, 5) + "0000" + holder.pan().charAt(9);
        assertThat(Visitor.body(wizard.details(holder.iec(), otherPan, holder.email(), holder.mobile())))
                .contains("The PAN does not match the PAN in the DGFT record of this IEC.")
                .contains("update your IEC details at DGFT first");
        assertThat(Visitor.body(wizard.details(holder.iec(), holder.pan(), "old@example.in", holder.mobile())))
                .contains("The email ID does not match the email ID registered with this IEC at DGFT.");
        assertThat(Visitor.body(wizard.details(holder.iec(), holder.pan(), holder.email(), "9000000001")))
                .contains("The mobile number does not match the mobile number registered with this IEC at DGFT.");
        assertThat(wizard.flowId).isNull();
        assertThat(wizard.outbox.to(holder.email())).isEmpty();
    }

    /**
     * {@code DFQPQ5120J} (demo data) has both contacts outdated at DGFT: typing the current ones (GSTN's) names the
     * email and the mobile together, in either language, rather than one field per try.
     */
    @Test
    void everyDetailThatDiffersIsNamedAtOnceInBothLanguages() {
        var qureshi = new DgftRows.Holder(
                "DFQPQ5120J",
                "DFQPQ5120J",
                "imran.qureshi@example.in",
                "7905512384",
                "Qureshi Leather Works",
                "Imran Qureshi",
                "DFQPQ5120J");
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("hi")}) {
            var wizard = new IecWizard(mvc, qureshi);
            wizard.visitor.get("/registration/iec/details", "lang", locale.getLanguage());
            assertThat(Visitor.body(wizard.details()))
                    .contains(message("registration.iec.details.mismatch.email", locale))
                    .contains(message("registration.iec.details.mismatch.mobile", locale))
                    .doesNotContain(message("registration.iec.details.mismatch.pan", locale));
            assertThat(wizard.flowId).isNull();
        }

        var holder = DgftRows.proprietor(jdbc);
        var otherPan = holder.pan().substring(0, 5) + "0000" + holder.pan().charAt(9);
        assertThat(Visitor.body(
                        new IecWizard(mvc, holder).details(holder.iec(), otherPan, "old@example.in", "9000000001")))
                .contains(message("registration.iec.details.mismatch.pan", Locale.ENGLISH))
                .contains(message("registration.iec.details.mismatch.email", Locale.ENGLISH))
                .contains(message("registration.iec.details.mismatch.mobile", Locale.ENGLISH));
    }

    /** At the default settings the lifetimes read as the seeds word them (SwitchedLifetimeTextsTests changes them). */
    @Test
    void theLifetimesReadAsInTheSeedsAtTheDefaultSettings() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);
        assertThat(wizard.details()).hasStatus3xxRedirection();
        assertThat(wizard.outbox.latest(holder.email()).body()).contains("It is valid for 2 hours.");
        assertThat(Visitor.body(wizard.visitor.get("/registration/simplified/temporary-password")))
                .contains("It replaces any earlier one and is valid for 7 days.");
    }

    private String message(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale), "UTF-8");
    }

    /** The details name what differs from DGFT, so they may be checked only a few times per IEC, from any address. */
    @Test
    void detailsAreCheckedOnlyAFewTimesPerIecFromAnyAddressAndThePageSaysWhenToTryAgain() {
        var holder = DgftRows.proprietor(jdbc);
        String unknownIec = "ZZZPZ9999Z";
        for (String iec : new String[] {holder.iec(), unknownIec}) {
            for (int i = 0; i < RateLimit.IEC_DETAILS_IEC.tries(); i++) {
                var guess = new IecWizard(mvc, holder)
                        .details(iec, holder.pan(), "guess" + i + "@example.in", holder.mobile());
                assertThat(Visitor.body(guess)).doesNotContain("have been checked several times");
            }
            var refused = new IecWizard(mvc, holder).details(iec, holder.pan(), holder.email(), holder.mobile());
            assertThat(Visitor.body(refused))
                    .containsPattern("The details of this IEC have been checked several times in a short while\\. "
                            + "Please try again in \\d+ minutes\\.")
                    .doesNotContain("does not match");
        }

        clock.advance(Duration.ofMinutes(4));
        var wizard = new IecWizard(mvc, holder);
        assertThat(wizard.details()).hasStatus3xxRedirection();
        assertThat(wizard.flowId).isNotNull();
    }

    @Test
    void oneAddressChecksTheDetailsOfOnlyAFewIecsAndThePageSaysWhenToTryAgain() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);
        for (int i = 0; i < RateLimit.IEC_DETAILS_ADDRESS.tries(); i++) {
            var other = DgftRows.proprietor(jdbc);
            assertThat(Visitor.body(wizard.details(other.iec(), other.pan(), "guess@example.in", other.mobile())))
                    .contains("The email ID does not match");
        }

        assertThat(Visitor.body(wizard.details()))
                .containsPattern("Too many IEC details have been checked from your connection\\. "
                        + "Please try again in \\d+ minutes\\.");
        assertThat(wizard.flowId).isNull();
        assertThat(new IecWizard(mvc, holder).details()).hasStatus3xxRedirection();
    }

    @Test
    void detailsMatchAfterNormalisingCaseSpacesAndTheMobilePrefix() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);

        assertThat(wizard.details(
                        " " + holder.iec().toLowerCase(),
                        holder.pan().toLowerCase() + " ",
                        holder.email().toUpperCase(),
                        "+91 " + holder.mobile()))
                .hasStatus3xxRedirection();
        assertThat(wizard.flowId).isNotNull();
    }

    @Test
    void anInactiveIecIsRefusedNamingItsStatus() {
        var holder = DgftRows.withStatus(jdbc, "SUSPENDED");
        var wizard = new IecWizard(mvc, holder);

        assertThat(Visitor.body(wizard.details()))
                .contains("IEC " + holder.iec()
                        + " is suspended at DGFT: only an active IEC can be registered on ICEGATE.");
        assertThat(wizard.flowId).isNull();
    }

    @Test
    void aPermanentIecIsRefusedNamingItsCategoryAndAnUnknownIecIsSaidToBeUnknown() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);

        assertThat(Visitor.body(wizard.details("0100000011", holder.pan(), holder.email(), holder.mobile())))
                .contains("0100000011 is a permanent IEC");
        assertThat(Visitor.body(wizard.details("ZZZPZ9999Z", holder.pan(), holder.email(), holder.mobile())))
                .contains("IEC ZZZPZ9999Z is not in the DGFT records.");
        assertThat(wizard.flowId).isNull();
    }

    @Test
    void anIecWithARegistrationAwaitingApprovalIsRefused() {
        var holder = DgftRows.proprietor(jdbc);
        fixtures().at(holder, RegistrationStatus.SUBMITTED, null);

        var second = new IecWizard(mvc, holder);
        assertThat(Visitor.body(second.details()))
                .contains("A registration of IEC " + holder.iec() + " with a DSC is already waiting for approval.");
        assertThat(second.flowId).isNull();
    }

    @Test
    void wrongOtpsSayWhichOneIsWrongAndKeepTheRegistrationAtTheOtpStep() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);
        wizard.details();
        String mobileOtp = wizard.outbox.otp(holder.mobile());
        String emailOtp = wizard.outbox.otp(holder.email());
        String wrongEmail = emailOtp.equals("000000") ? "111111" : "000000";

        var page = Visitor.body(wizard.otps(mobileOtp, wrongEmail));
        assertThat(page)
                .contains("Entered email OTP is not correct. Please try again with correct OTP.")
                .doesNotContain("Entered mobile OTP is not correct.");
        assertThat(wizard.visitor.get(wizard.base() + "/documents"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/otp");
        assertThat(wizard.otps(mobileOtp, emailOtp))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/documents");
    }

    @Test
    void aPageOfAStepNotReachedYetLeadsToTheFurthestStepReached() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);
        wizard.details();

        assertThat(wizard.visitor.get(wizard.base() + "/submit"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/otp");
        assertThat(wizard.visitor.get("/registration/iec/" + java.util.UUID.randomUUID() + "/otp"))
                .hasStatus(404);
    }

    @Test
    void aResendTooSoonSaysHowLongToWaitAndSendsNothingThenSaysHowManyAreLeft() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);
        wizard.details();
        int sent = wizard.outbox.to(holder.mobile()).size();

        clock.advance(java.time.Duration.ofSeconds(20));
        wizard.visitor.get(wizard.base() + "/otp");
        assertThat(Visitor.body(wizard.visitor.post(wizard.base() + "/otp/resend")))
                .contains("New OTPs were sent a moment ago. You can ask for new OTPs again in 40 seconds (3 resends are"
                        + " left).")
                .doesNotContain("Your OTP sent successfully")
                .doesNotContain("New OTPs were sent to your registered mobile number and email id.");
        assertThat(wizard.outbox.to(holder.mobile())).hasSize(sent);

        clock.advance(java.time.Duration.ofSeconds(41));
        wizard.visitor.get(wizard.base() + "/otp");
        assertThat(Visitor.body(wizard.visitor.post(wizard.base() + "/otp/resend")))
                .contains("New OTPs were sent to your registered mobile number and email id.")
                .contains("You can ask for new OTPs 2 more times, the next after 60 seconds.");
        assertThat(wizard.outbox.to(holder.mobile())).hasSize(sent + 1);
    }

    @Test
    void otpsThatRanOutAreReplacedByResendOtpAsTheirMessageSays() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);
        wizard.details();
        String oldMobile = wizard.outbox.otp(holder.mobile());
        String oldEmail = wizard.outbox.otp(holder.email());
        clock.advance(java.time.Duration.ofHours(2).plusMinutes(1));

        assertThat(Visitor.body(wizard.otps(oldMobile, oldEmail)))
                .contains("This OTP has expired. Ask for new OTPs with Resend OTP.");
        wizard.visitor.get(wizard.base() + "/otp");
        assertThat(Visitor.body(wizard.visitor.post(wizard.base() + "/otp/resend")))
                .contains("New OTPs were sent to your registered mobile number and email id.")
                .doesNotContain("No more OTPs can be sent for this registration: all resends are used.");

        assertThat(wizard.otps()).hasStatus3xxRedirection().redirectedUrl().endsWith("/documents");
    }

    /** "At most 3 resends per registration" holds over a draft kept for weeks, however often its codes ran out. */
    @Test
    void resendsAreCountedOverTheDraftsLifeNotPerBatchOfCodes() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);
        wizard.details();
        int maxResends = 3; // portal.otp.max-resends
        for (int resend = 1; resend <= maxResends; resend++) {
            clock.advance(Duration.ofDays(1));
            wizard.visitor.get(wizard.base() + "/otp");
            assertThat(Visitor.body(wizard.visitor.post(wizard.base() + "/otp/resend")))
                    .as("resend %d, a day after the last codes", resend)
                    .contains("New OTPs were sent to your registered mobile number and email id.");
        }
        int sent = wizard.outbox.to(holder.mobile()).size();

        clock.advance(Duration.ofDays(1));
        wizard.visitor.get(wizard.base() + "/otp");
        assertThat(Visitor.body(wizard.visitor.post(wizard.base() + "/otp/resend")))
                .contains("No more OTPs can be sent for this registration: all resends are used.")
                .doesNotContain("New OTPs were sent");
        assertThat(wizard.outbox.to(holder.mobile())).hasSize(sent);
    }
}
