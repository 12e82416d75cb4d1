package io.github.icegateportal.registration.simplified;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.Outbox;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Resends, wrong tries, replayed forms and the way back into Case 1.2, each with a holder of its own. */
@PortalTest
class SimplifiedOtpStepTests {

    private static final String PASSWORD = "Own#Temp1234";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    SimplifiedPages person;

    Outbox outbox;

    @BeforeEach
    void newPerson() {
        outbox = new Outbox(mvc);
        person = new SimplifiedPages(new Visitor(mvc), outbox);
    }

    /** A holder of their own, whose registration has passed the first screen and the ID: its OTPs are sent. */
    private AtTheOtps atTheOtps(String iec, String email, String mobile, String icegateId, String password) {
        String gstin = SimplifiedPages.holder(jdbc, iec, email, mobile, PASSWORD, clock.instant());
        String flow = person.start(iec, gstin, PASSWORD);
        person.chooseId(flow, icegateId, password);
        return new AtTheOtps(gstin, flow);
    }

    private record AtTheOtps(String gstin, String flow) {}

    @Test
    void aResendIsThrottledThenSendsNewCodesThatReplaceTheOldOnes() {
        String flow = atTheOtps("OTPPR1001A", "resend@otp.example.in", "9000010001", "Resend_Holder", "Resend#Holder1")
                .flow();
        String oldMobile = outbox.otp("9000010001");
        String oldEmail = outbox.otp("resend@otp.example.in");

        int sent = outbox.to("9000010001").size();

        person.visitor.get(flow + "otp");
        clock.advance(Duration.ofSeconds(15));
        String tooSoon = SimplifiedPages.text(person.visitor.post(flow + "resend"));
        assertThat(tooSoon)
                .contains("New OTPs were sent a moment ago. You can ask for new OTPs again in 45 seconds (3 resends"
                        + " are left).")
                .doesNotContain(Spec.OTP_SENT);
        assertThat(outbox.to("9000010001")).hasSize(sent);

        clock.advance(Duration.ofSeconds(46));
        person.visitor.get(flow + "otp");
        assertThat(person.show(person.visitor.post(flow + "resend")))
                .contains(Spec.OTP_SENT)
                .contains("You can ask for new OTPs 2 more times, the next after 60 seconds.");
        assertThat(outbox.to("9000010001")).hasSize(sent + 1);
        String newMobile = outbox.otp("9000010001");
        String newEmail = outbox.otp("resend@otp.example.in");
        assertThat(newMobile + newEmail).isNotEqualTo(oldMobile + oldEmail);

        if (!oldMobile.equals(newMobile) && !oldEmail.equals(newEmail)) {
            assertThat(person.show(person.otps(flow, oldMobile, oldEmail)))
                    .contains(Spec.MOBILE_OTP_WRONG, Spec.EMAIL_OTP_WRONG);
        }
        assertThat(person.show(person.otps(flow, newMobile, newEmail))).contains(Spec.OTP_VERIFIED);
    }

    /**
     * A wrong try is post/redirect/get: the address names the step and what failed (never the codes), so Back and
     * refresh show the same messages without "Confirm Form Resubmission", and the right codes still work afterwards.
     */
    @Test
    void aWrongTryIsAnAddressThatBackAndRefreshShowAgain() {
        String flow = atTheOtps("OTPPR1006A", "refresh@otp.example.in", "9000010006", "Refresh_Holder", "Refresh#Hold1")
                .flow();
        String mobile = outbox.otp("9000010006");
        String email = outbox.otp("refresh@otp.example.in");
        String wrongMobile = mobile.equals("000000") ? "111111" : "000000";

        MvcTestResult failed = person.otps(flow, wrongMobile, "");

        String address = failed.getResponse().getRedirectedUrl();
        assertThat(address).startsWith(flow + "otp?error=").doesNotContain(wrongMobile);
        String shown = person.show(failed);
        String refreshed = SimplifiedPages.text(person.visitor.get(address));
        assertThat(refreshed).isEqualTo(shown).contains("Enter the email OTP.").doesNotContain(Spec.OTP_SENT);
        assertThat(person.show(person.otps(flow, wrongMobile, email)))
                .contains(Spec.MOBILE_OTP_WRONG)
                .doesNotContain(Spec.EMAIL_OTP_WRONG, Spec.OTP_SENT);
        assertThat(SimplifiedPages.text(person.visitor.get(flow + "otp?error=mobileOtp~registration.simplified.title")))
                .doesNotContain(Spec.MOBILE_OTP_WRONG)
                .contains(Spec.OTP_SENT);
        assertThat(person.visitor.hasCookie("SESSION")).isFalse();

        person.visitor.get(address);
        assertThat(person.show(person.otps(flow, mobile, email))).contains(Spec.OTP_VERIFIED);
    }

    @Test
    void afterTheWrongTriesOfACodeThePersonIsToldToAskForNewOnes() {
        String flow = atTheOtps("OTPPR1002A", "tries@otp.example.in", "9000010002", "Tries_Holder", "Tries#Holder1")
                .flow();
        String mobile = outbox.otp("9000010002");
        String email = outbox.otp("tries@otp.example.in");
        String wrongMobile = mobile.equals("000000") ? "111111" : "000000";

        String page = "";
        for (int i = 0; i < 6; i++) {
            page = person.show(person.otps(flow, wrongMobile, email));
        }

        assertThat(page).contains("Too many wrong tries with this OTP. Ask for new OTPs to be sent.");
        assertThat(person.show(person.otps(flow, mobile, email))).doesNotContain(Spec.OTP_VERIFIED);
    }

    @Test
    void aReplayedFormIsRefusedWithAMessageAndChangesNothing() {
        String flow = atTheOtps("OTPPR1003A", "replay@otp.example.in", "9000010003", "Replay_Holder", "Replay#Holder1")
                .flow();

        MvcTestResult replay = person.visitor.post(
                flow + "icegate-id",
                "icegateId",
                "Replay_Other",
                "newPassword",
                "Replay#Holder2",
                "confirmPassword",
                "Replay#Holder2");

        assertThat(replay).hasStatus(409);
        assertThat(SimplifiedPages.text(replay))
                .contains("This step does not follow from where your registration stands.");
        // the out-of-order page sends the person to where the flow stands
        assertThat(person.visitor.get(flow + "verified")).hasRedirectedUrl(flow + "otp");
    }

    @Test
    void case2AfterAlternateContactsLeadsBackToTheAlternateOtpCheck() {
        AtTheOtps holder = atTheOtps("OTPPR1004A", "alt@otp.example.in", "9000010004", "Alt_Holder", "Alt#Holder12");
        String flow = holder.flow();
        person.otps(flow, outbox.otp("9000010004"), outbox.otp("alt@otp.example.in"));
        person.visitor.get(flow + "alternate-contacts");
        person.visitor.post(
                flow + "alternate-contacts", "alternateEmail", "other@alt.example.in", "alternateMobile", "9000020004");
        String mobile = outbox.otp("9000020004");
        String email = outbox.otp("other@alt.example.in");

        SimplifiedPages later = new SimplifiedPages(new Visitor(mvc), outbox);
        MvcTestResult resumed = later.resume("OTPPR1004A", holder.gstin(), mobile, email);

        assertThat(resumed).hasRedirectedUrl(flow + "alternate-otp");
        assertThat(later.show(resumed)).contains(Spec.ALTERNATE_OTP_SENT, "Enter Alternate Mobile OTP");
    }

    @Test
    void otherAlternateContactsAreAResendThrottledAndLimitedNotNewCodesWithoutEnd() {
        String flow = atTheOtps("OTPPR1005A", "again@otp.example.in", "9000010005", "Again_Holder", "Again#Holder1")
                .flow();
        person.otps(flow, outbox.otp("9000010005"), outbox.otp("again@otp.example.in"));
        person.visitor.get(flow + "alternate-contacts");
        person.visitor.post(
                flow + "alternate-contacts", "alternateEmail", "first@alt.example.in", "alternateMobile", "9000020005");

        person.visitor.get(flow + "alternate-contacts");
        MvcTestResult tooSoon = person.visitor.post(
                flow + "alternate-contacts", "alternateEmail", "soon@alt.example.in", "alternateMobile", "9000030005");
        assertThat(SimplifiedPages.text(tooSoon)).contains("New OTPs were sent a moment ago.");
        assertThat(outbox.to("9000030005")).isEmpty();

        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(61));
            person.visitor.get(flow + "alternate-contacts");
            person.visitor.post(
                    flow + "alternate-contacts",
                    "alternateEmail",
                    "other" + i + "@alt.example.in",
                    "alternateMobile",
                    "900004000" + i);
            assertThat(outbox.to("900004000" + i)).hasSize(1);
        }
        clock.advance(Duration.ofSeconds(61));
        person.visitor.get(flow + "alternate-contacts");
        MvcTestResult limit = person.visitor.post(
                flow + "alternate-contacts", "alternateEmail", "last@alt.example.in", "alternateMobile", "9000050005");

        assertThat(SimplifiedPages.text(limit)).contains("No more OTPs can be sent for this request.");
        assertThat(outbox.to("9000050005")).isEmpty();
    }

    @Test
    void thePagesSpeakHindiWhenAsked() {
        String page = SimplifiedPages.text(person.visitor.get("/registration/simplified", "lang", "hi"));

        assertThat(page).contains("स्वचालित IEC पंजीकरण", "IEC दर्ज करें", "DSC के बिना स्वचालित IEC पंजीकरण");
    }
}
