package io.github.icegateportal.registration.simplified;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.account.AccountRoute;
import io.github.icegateportal.account.AccountStatus;
import io.github.icegateportal.account.Accounts;
import io.github.icegateportal.account.IcegateIds;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
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

/** Every case of Route A at the HTTP level, with the demo records set aside for them in docs/demo-data.md. */
@PortalTest
class SimplifiedRegistrationJourneyTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    IcegateIds icegateIds;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    SimplifiedPages person;

    Outbox outbox;

    @BeforeEach
    void newPerson() {
        this.outbox = new Outbox(mvc);
        this.person = new SimplifiedPages(new Visitor(mvc), outbox);
    }

    @Test
    void case11FinishesWithTheRegisteredContactsAndAnActiveAccountThatMayNotFile() {
        // Anita Joshi, spare record "simplified registration, the straight journey"
        String password = person.temporaryPassword("EFGPJ4821M", "27EFGPJ4821M1Z4", "anita.joshi@example.in");

        MvcTestResult accepted = person.details("efgpj4821m ", " 27efgpj4821m1z4", password);
        assertThat(accepted).hasStatus3xxRedirection();
        String flow = SimplifiedPages.flowOf(accepted.getResponse().getRedirectedUrl());

        MvcTestResult idStep = person.visitor.get(flow + "icegate-id");
        assertThat(Visitor.body(idStep)).contains("value=\"anita.joshi@example.in\"", "value=\"9850714462\"");
        String idPage = SimplifiedPages.text(idStep);
        assertThat(idPage)
                .contains(Spec.BREADCRUMB, "Enter Your ICEGATE ID", "Email ID", "Mobile Number", "Enter New Password")
                .contains("Confirm Password")
                .contains("*ICEGATE Id should not contain any blank spaces.")
                .contains("*ICEGATE Id should not contain special characters except \"-\" and \"_\".")
                .contains("*ICEGATE Id should not exceed 25 characters.")
                .contains("*ICEGATE Id may be alpha-numeric characters.")
                .contains("* E-mail id should not exceed 50 characters.")
                .contains(
                        "* The password should be complex and should contain number, special character and different cases..")
                .as("after the seed's rules, the ones the validator adds")
                .containsSubsequence(
                        "different cases..",
                        "* ICEGATE Id must be at least 6 characters long.",
                        "* ICEGATE Id must not look like an IEC or a PAN (exactly 10 letters and digits).",
                        "* The password must be 8 to 64 characters long and must not contain the ICEGATE Id.");
        assertThat(Visitor.body(idStep))
                .as("the ID and the password are described by the rules")
                .containsPattern(
                        "id=\"icegateId\"[^>]*aria-describedby=\"icegate-id-rules\"|aria-describedby=\"icegate-id-rules\"[^>]*id=\"icegateId\"")
                .containsPattern(
                        "id=\"newPassword\"[^>]*aria-describedby=\"icegate-id-rules\"|aria-describedby=\"icegate-id-rules\"[^>]*id=\"newPassword\"");

        MvcTestResult chosen = person.chooseId(flow, "Joshi_Farms", "Organic#Farm42");
        String otpPage = person.show(chosen);
        assertThat(otpPage).contains(Spec.OTP_SENT, "Enter Mobile OTP", "Enter Email OTP");
        String mobileOtp = outbox.otp("9850714462");
        String emailOtp = outbox.otp("anita.joshi@example.in");

        String wrongBoth = person.show(person.otps(flow, wrong(mobileOtp), wrong(emailOtp)));
        assertThat(wrongBoth)
                .contains(Spec.MOBILE_OTP_WRONG, Spec.EMAIL_OTP_WRONG)
                .doesNotContain(Spec.OTP_SENT);
        String wrongEmail = person.show(person.otps(flow, mobileOtp, wrong(emailOtp)));
        assertThat(wrongEmail).contains(Spec.EMAIL_OTP_WRONG).doesNotContain(Spec.MOBILE_OTP_WRONG);
        String missing = person.show(person.otps(flow, mobileOtp, ""));
        assertThat(missing).contains("Enter the email OTP.").doesNotContain("Entered email OTP is not correct");

        String verified = person.show(person.otps(flow, mobileOtp, emailOtp));
        assertThat(verified).contains(Spec.OTP_VERIFIED, "Finish", Spec.CHANGE_CONTACTS);

        String confirmation = person.show(person.visitor.get(flow + "finish"));
        assertThat(confirmation).contains(Spec.CONFIRM_FINISH, "OK", "Cancel");
        assertThat(person.visitor.post(flow + "finish")).hasRedirectedUrl(flow + "verified");

        String done = person.show(person.visitor.post(flow + "finish", "confirm", "true"));
        assertThat(done).contains(Spec.SUCCESS + "Joshi_Farms");

        assertThat(accounts.findByIec(new Iec("EFGPJ4821M"))).hasValueSatisfying(account -> {
            assertThat(account.icegateId()).isEqualTo(new IcegateId("Joshi_Farms"));
            assertThat(account.route()).isEqualTo(AccountRoute.SIMPLIFIED);
            assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
            assertThat(account.mayFile()).isFalse();
            assertThat(account.email()).isEqualTo(EmailAddress.of("anita.joshi@example.in"));
        });
        assertThat(outbox.latest("anita.joshi@example.in").subject()).isEqualTo("Welcome to ICEGATE");
        assertThat(outbox.latest("9850714462").body()).contains("Joshi_Farms");
        assertThat(person.visitor.hasCookie("SESSION"))
                .as("no HTTP session for the flow")
                .isFalse();

        // the completed flow and its codes cannot be used again
        assertThat(person.visitor.post(flow + "finish", "confirm", "true")).hasStatus(409);
        assertThat(SimplifiedPages.text(person.resume("EFGPJ4821M", "27EFGPJ4821M1Z4", mobileOtp, emailOtp)))
                .contains(Spec.NO_MATCH);
        // the temporary password is spent
        assertThat(SimplifiedPages.text(person.details("EFGPJ4821M", "27EFGPJ4821M1Z4", password)))
                .contains(Spec.NO_MATCH);
        // with a temporary password that still works, the IEC is told it is registered already
        SimplifiedPages.storeTemporaryPassword(jdbc, "EFGPJ4821M", "27EFGPJ4821M1Z4", "Again#Temp123", clock.instant());
        assertThat(SimplifiedPages.text(person.details("EFGPJ4821M", "27EFGPJ4821M1Z4", "Again#Temp123")))
                .contains("IEC EFGPJ4821M is already registered on ICEGATE.")
                .doesNotContain(Spec.NO_MATCH);
    }

    @Test
    void case12CreatesTheAccountWithTheAlternateContactsAfterTheirOtps() {
        // Arindam Bose, spare record "Route A with alternate email and mobile (Case 1.2)"
        String password = person.temporaryPassword("FHRPB7734K", "19FHRPB7734K1ZN", "arindam.bose@example.in");
        String flow = person.start("FHRPB7734K", "19FHRPB7734K1ZN", password);
        person.chooseId(flow, "Bose-Jute", "Jute&Craft2026");
        person.show(person.otps(flow, outbox.otp("9830462271"), outbox.otp("arindam.bose@example.in")));

        person.visitor.get(flow + "alternate-contacts");
        String bothMissing = SimplifiedPages.text(
                person.visitor.post(flow + "alternate-contacts", "alternateEmail", "", "alternateMobile", ""));
        assertThat(bothMissing).contains("Enter the email address.", "Enter the mobile number.");
        String badMobile = SimplifiedPages.text(person.visitor.post(
                flow + "alternate-contacts", "alternateEmail", "arindam@jute.example.com", "alternateMobile", "12345"));
        assertThat(badMobile).contains("Mobile number must be an Indian mobile number");

        String otpPage = person.show(person.visitor.post(
                flow + "alternate-contacts",
                "alternateEmail",
                "Arindam@Jute.example.com",
                "alternateMobile",
                "+91 70010 20030"));
        assertThat(otpPage)
                .contains(Spec.ALTERNATE_OTP_SENT, "Enter Alternate Mobile OTP", "Enter Alternate Email OTP");
        String mobileOtp = outbox.otp("7001020030");
        String emailOtp = outbox.otp("arindam@jute.example.com");

        String wrong = person.show(person.visitor.post(
                flow + "alternate-otp", "alternateMobileOtp", wrong(mobileOtp), "alternateEmailOtp", emailOtp));
        assertThat(wrong).contains(Spec.MOBILE_OTP_WRONG).doesNotContain(Spec.EMAIL_OTP_WRONG);
        String missing = person.show(
                person.visitor.post(flow + "alternate-otp", "alternateMobileOtp", mobileOtp, "alternateEmailOtp", ""));
        assertThat(missing).contains("Enter the email OTP.");

        String done = person.show(person.visitor.post(
                flow + "alternate-otp", "alternateMobileOtp", mobileOtp, "alternateEmailOtp", emailOtp));
        assertThat(done).contains(Spec.SUCCESS + "Bose-Jute");
        assertThat(accounts.findByIcegateId(new IcegateId("bose-jute"))).hasValueSatisfying(account -> {
            assertThat(account.email()).isEqualTo(EmailAddress.of("arindam@jute.example.com"));
            assertThat(account.mobile()).isEqualTo(MobileNumber.of("7001020030"));
            assertThat(account.mayFile()).isFalse();
        });
        assertThat(outbox.latest("arindam@jute.example.com").subject()).isEqualTo("Welcome to ICEGATE");
    }

    @Test
    void case2ResumesWithTheCurrentOtpsUntilTheyExpireAndThenFreesTheId() {
        // Manas Das, spare record "Route A resumed with OTPs already received (Case 2), OTP expiry"
        String password = person.temporaryPassword("GKNPD2018C", "21GKNPD2018C1ZU", "manas.das@example.in");
        String flow = person.start("GKNPD2018C", "21GKNPD2018C1ZU", password);
        person.chooseId(flow, "DasSilk_House", "Silk!House99");
        String mobileOtp = outbox.otp("9437718806");
        String emailOtp = outbox.otp("manas.das@example.in");

        // the session is lost: another browser, the resume link on the first screen
        SimplifiedPages later = new SimplifiedPages(new Visitor(mvc), outbox);
        String first = SimplifiedPages.text(later.visitor.get("/registration/simplified"));
        assertThat(first).contains(Spec.RESUME_LINK);
        String resumePage = SimplifiedPages.text(later.visitor.get("/registration/simplified/resume"));
        assertThat(resumePage).contains("IEC Number", "GSTIN Number", "Mobile OTP", "Email OTP", Spec.BREADCRUMB);

        assertThat(SimplifiedPages.text(later.resume("GKNPD2018C", "21GKNPD2018C1ZU", wrong(mobileOtp), emailOtp)))
                .contains(Spec.NO_MATCH);
        MvcTestResult resumed = later.resume("GKNPD2018C", "21GKNPD2018C1ZU", mobileOtp, emailOtp);
        assertThat(resumed).hasRedirectedUrl(flow + "verified");
        assertThat(later.show(resumed)).contains(Spec.OTP_VERIFIED, Spec.CHANGE_CONTACTS);
        // verified or not, the current codes open it again
        assertThat(later.resume("GKNPD2018C", "21GKNPD2018C1ZU", mobileOtp, emailOtp))
                .hasRedirectedUrl(flow + "verified");

        clock.advance(Duration.ofHours(2).plusMinutes(1));

        String expired = SimplifiedPages.text(later.resume("GKNPD2018C", "21GKNPD2018C1ZU", mobileOtp, emailOtp));
        assertThat(expired).contains("Your OTPs have expired", "start the registration again");
        assertThat(icegateIds.isTaken(new IcegateId("DasSilk_House"))).isFalse();
        assertThat(person.visitor.get(flow + "verified")).hasStatus(409);
    }

    @Test
    void anIdTakenCaseInsensitivelyOrByAnIssuingOfficeIsRefusedWithTheSeedsWords() {
        String password = person.temporaryPassword("AAJCT5524F", "27AAJCT5524F1Z9", "admin@tridentauto.example.in");
        String flow = person.start("AAJCT5524F", "27AAJCT5524F1Z9", password);

        String office = SimplifiedPages.text(person.chooseId(flow, "cleindia1984", "Garments@2026"));
        assertThat(office).contains(Spec.ID_TAKEN);
        String likeIec = SimplifiedPages.text(person.chooseId(flow, "ABCDE1234F", "Garments@2026"));
        assertThat(likeIec).contains("ICEGATE ID must not look like an IEC or PAN");
        String weak = SimplifiedPages.text(person.chooseId(flow, "Sethi_Garments", "garments"));
        assertThat(weak).contains("Password must contain a number.");
        person.visitor.get(flow + "icegate-id");
        String different = SimplifiedPages.text(person.visitor.post(
                flow + "icegate-id",
                "icegateId",
                "Sethi_Garments",
                "newPassword",
                "Garments@2026",
                "confirmPassword",
                "Garments@2025"));
        assertThat(different).contains("The two passwords are not the same.");

        assertThat(icegateIds.isTaken(new IcegateId("Sethi_Garments"))).isFalse();
    }

    @Test
    void routeANeitherStartsNorFinishesWhileARegistrationWithADscForTheIecIsUnderWay() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        // a proprietor's PAN (fourth letter P) of the test's own
        String iec = "QW" + (char) ('A' + random.nextInt(26)) + "P" + (char) ('A' + random.nextInt(26))
                + String.format("%04d", random.nextInt(10_000)) + "K";
        String mobile = "9" + String.format("%09d", random.nextInt(1_000_000_000));
        String email = "both.routes." + iec.toLowerCase() + "@example.in";
        String gstin = SimplifiedPages.holder(jdbc, iec, email, mobile, "Both#Routes123", clock.instant());
        String flow = person.start(iec, gstin, "Both#Routes123");
        person.chooseId(flow, "Both_" + iec, "Both#Routes456");
        person.otps(flow, outbox.otp(mobile), outbox.otp(email));

        var dscRoute = new Visitor(mvc);
        dscRoute.get("/registration/iec/details");
        assertThat(dscRoute.post("/registration/iec/details", "iec", iec, "pan", iec, "email", email, "mobile", mobile))
                .hasStatus3xxRedirection();

        var finish = person.visitor.post(flow + "finish", "confirm", "true");
        assertThat(finish).hasStatus(409);
        String dscUnderWay = "IEC " + iec + " has a registration with a DSC that is under way";
        assertThat(SimplifiedPages.text(finish)).contains(dscUnderWay);
        assertThat(accounts.findByIec(new Iec(iec))).isEmpty();
        assertThat(SimplifiedPages.text(person.details(iec, gstin, "Both#Routes123")))
                .contains(dscUnderWay);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
