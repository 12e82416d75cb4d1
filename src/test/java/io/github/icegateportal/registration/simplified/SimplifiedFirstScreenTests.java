package io.github.icegateportal.registration.simplified;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.directory.DirectoryFaults;
import io.github.icegateportal.directory.DirectorySource;
import io.github.icegateportal.directory.FaultMode;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.Outbox;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The first screen answers in the order the spec gives: format and permanent IEC at once, next to the field; then
 * the one "do not match" unless IEC, GSTIN and temporary password belong together; only then the specific refusals.
 */
@PortalTest
class SimplifiedFirstScreenTests {

    /** The demo temporary password of the records that show a refusal (db/demo/R__demo_registration.sql). */
    private static final String DEMO = "Demo#Refuse1";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    DirectoryFaults faults;

    SimplifiedPages person;

    @BeforeEach
    void newPerson() {
        person = new SimplifiedPages(new Visitor(mvc), new Outbox(mvc));
    }

    @Test
    void formatErrorsAreToldAtOnceNextToTheFieldsBeforeAnyLookUp() {
        MvcTestResult result = person.details("EFGPJ482", "27EFGPJ4821M1Z5", "whatever");

        assertThat(result).hasStatusOk();
        String page = SimplifiedPages.text(result);
        assertThat(page)
                .contains("IEC must be 10 characters: capital letters and digits.")
                .contains("This GSTIN is not valid: its last character does not match the rest.")
                .doesNotContain(Spec.NO_MATCH);
        assertThat(Visitor.body(result)).contains("id=\"iec-error\"", "id=\"gstin-error\"", "value=\"EFGPJ482\"");
    }

    @Test
    void aPermanentIecIsRefusedAtOnceNamingItsCategory() {
        String page = SimplifiedPages.text(person.details("0100000011", "27EFGPJ4821M1Z4", "whatever"));

        assertThat(page).contains("IEC 0100000011 is a permanent IEC for").doesNotContain(Spec.NO_MATCH);
    }

    @Test
    void unlessIecGstinAndTemporaryPasswordBelongTogetherTheOneAnswerIsDoNotMatch() {
        // a suspended IEC whose pair has a temporary password: a wrong password must not reveal the suspension
        assertThat(SimplifiedPages.text(person.details("AAECH7719P", "05AAECH7719P1Z2", "Demo#Refuse2")))
                .contains(Spec.NO_MATCH)
                .doesNotContain("not active");
        assertThat(SimplifiedPages.text(person.details("AAECH7719P", "05AAECH7719P2Z" + check("05AAECH7719P2Z"), DEMO)))
                .contains(Spec.NO_MATCH);
        assertThat(SimplifiedPages.text(person.details("ZZZPZ1234Z", fictional("ZZZPZ1234Z"), DEMO)))
                .contains(Spec.NO_MATCH);
    }

    @Test
    void whenTheyBelongTogetherAnInactiveIecIsToldWithItsStatus() {

        assertThat(SimplifiedPages.text(person.details("AAECH7719P", "05AAECH7719P1Z2", DEMO)))
                .contains("IEC AAECH7719P is not active at DGFT (its status is Suspended).")
                .doesNotContain(Spec.NO_MATCH);
    }

    @Test
    void whenTheyBelongTogetherACancelledGstinIsToldWithItsStatus() {

        assertThat(SimplifiedPages.text(person.details("AAGCD4406K", "36AAGCD4406K1ZN", DEMO)))
                .contains("GSTIN 36AAGCD4406K1ZN is not active at GSTN (its status is Cancelled).");
    }

    @Test
    void whenTheyBelongTogetherAGstinOfAnotherPanIsRefused() {

        assertThat(SimplifiedPages.text(person.details("CWHPM6178S", "32AAQFC6603N2Z6", DEMO)))
                .contains("GSTIN 32AAQFC6603N2Z6 belongs to another PAN than the holder of IEC CWHPM6178S.");
    }

    @Test
    void whenTheyBelongTogetherAnIecWithAnAccountIsToldItIsAlreadyRegistered() {
        // the demo IEC of the ready-made simplified account DEMO-SIMPLIFIED (docs/demo-data.md)
        assertThat(SimplifiedPages.text(person.details("BHKPI6034R", "33BHKPI6034R1ZW", DEMO)))
                .contains("IEC BHKPI6034R is already registered on ICEGATE.")
                .doesNotContain(Spec.NO_MATCH);
    }

    @ParameterizedTest
    @CsvSource({
        "EKLPS3309R, 09EKLPS3309R1Z6, IEC EKLPS3309R is not active at DGFT (its status is Cancelled).",
        "AAKFM5521D, 32AAKFM5521D1ZP, IEC AAKFM5521D is not active at DGFT (its status is Surrendered).",
        "AABCV3391H, 23AABCV3391H1ZE, GSTIN 23AABCV3391H1ZE is not active at GSTN (its status is Suspended)."
    })
    void theOtherDemoRecordsShowTheirRefusals(String iec, String gstin, String refusal) {
        assertThat(SimplifiedPages.text(person.details(iec, gstin, DEMO))).contains(refusal);
    }

    @Test
    void aDirectoryOutageSaysTryAgainLaterAndKeepsWhatWasEntered() {
        String gstin = fictional("ZZYPZ1234Z");
        SimplifiedPages.storeTemporaryPassword(jdbc, "ZZYPZ1234Z", gstin, DEMO, clock.instant());
        faults.set(DirectorySource.DGFT, FaultMode.FAIL);
        try {
            MvcTestResult result = person.details("ZZYPZ1234Z", gstin, DEMO);

            assertThat(result).hasStatusOk();
            assertThat(SimplifiedPages.text(result))
                    .contains("The DGFT IEC directory is not answering at the moment. Please try again later;");
            assertThat(Visitor.body(result)).contains("value=\"ZZYPZ1234Z\"", "value=\"" + gstin + "\"");
        } finally {
            faults.reset();
        }
    }

    @Test
    void repeatedAttemptsForOneIecAreRateLimited() {
        String gstin = fictional("ZZXPZ1234Z");
        String page = "";
        for (int attempt = 0; attempt < 11; attempt++) {
            page = SimplifiedPages.text(person.details("ZZXPZ1234Z", gstin, "Wrong#Pass" + attempt));
        }

        assertThat(page).contains("Too many attempts. Please try again in").doesNotContain(Spec.NO_MATCH);
        // from another address the IEC is still held back: the limit is per IEC as well as per address
        SimplifiedPages other = new SimplifiedPages(new Visitor(mvc), new Outbox(mvc));
        assertThat(SimplifiedPages.text(other.details("ZZXPZ1234Z", gstin, "Wrong#Pass")))
                .contains("Too many attempts.");
    }

    @Test
    void oneAddressIsHeldBackAfterThirtyTriesAndLetInAgainOnceTheClockHasMovedOn() {
        // 30 tries in 15 minutes per client address, each for another IEC so that the per-IEC limit stays clear
        for (int attempt = 0; attempt < 30; attempt++) {
            String pan = "ZZRPA%04dZ".formatted(attempt);
            assertThat(SimplifiedPages.text(person.details(pan, fictional(pan), "Wrong#Pass")))
                    .contains(Spec.NO_MATCH);
        }

        String page = SimplifiedPages.text(person.details("ZZRPA0030Z", fictional("ZZRPA0030Z"), "Wrong#Pass"));
        assertThat(page)
                .contains("Too many attempts. Please try again in 1 minutes.")
                .doesNotContain(Spec.NO_MATCH);

        // the bucket refills on the application's clock: one try comes back every 30 seconds
        clock.advance(Duration.ofSeconds(29));
        assertThat(SimplifiedPages.text(person.details("ZZRPA0031Z", fictional("ZZRPA0031Z"), "Wrong#Pass")))
                .contains("Too many attempts.");
        clock.advance(Duration.ofSeconds(2));
        assertThat(SimplifiedPages.text(person.details("ZZRPA0032Z", fictional("ZZRPA0032Z"), "Wrong#Pass")))
                .contains(Spec.NO_MATCH)
                .doesNotContain("Too many attempts.");
    }

    @Test
    void anUnknownOrMalformedFlowIdIsToldWithoutAStackTrace() {
        MvcTestResult unknown = person.visitor.get("/registration/simplified/0b6f7a56-2c1e-4f0e-9d7c-3f1f2e1d0c9b/otp");
        assertThat(unknown).hasStatus(404);
        assertThat(SimplifiedPages.text(unknown)).contains("This link is no longer valid.");
        assertThat(Visitor.body(unknown))
                .contains("href=\"/registration/simplified/resume\"", "Continue with the OTPs you received")
                .contains("href=\"/registration/simplified\"", "Start the registration again");

        MvcTestResult malformed = person.visitor.get("/registration/simplified/not-a-uuid/otp");
        assertThat(malformed).hasStatus(404);
        assertThat(SimplifiedPages.text(malformed)).contains("This link is no longer valid.");
    }

    /** A valid GSTIN for a PAN that no directory holds. */
    private static String fictional(String pan) {
        return "27" + pan + "1Z" + Gstin.checkCharacter("27" + pan + "1Z");
    }

    private static char check(String first14) {
        return Gstin.checkCharacter(first14);
    }
}
