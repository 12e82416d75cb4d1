package io.github.icegateportal.registration.simplified;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.registration.TemporaryPasswords;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.PasswordPolicy;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.Outbox;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Karan Sethi's spare record: "issuing and resending temporary passwords, throttling". */
@PortalTest
class TemporaryPasswordTests {

    private static final String SENT = "If the IEC and GSTIN are eligible for simplified registration, a temporary "
            + "password has been sent to the email and mobile given at GST registration.";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TemporaryPasswords temporaryPasswords;

    @Autowired
    MutableClock clock;

    @Test
    void theFormAnswersTheSameWhetherOrNotThePairIsEligibleAndSendsOnlyToAnEligibleOne() {
        Outbox outbox = new Outbox(mvc);
        SimplifiedPages person = new SimplifiedPages(new Visitor(mvc), outbox);
        int suspendedBefore = outbox.to("info@himalayanherbals.example.in").size();

        String eligible = sentPage(person, "KPTPS8865H", "07KPTPS8865H1ZK");
        String suspended = sentPage(person, "AAECH7719P", "05AAECH7719P1Z2");
        String unknown = sentPage(person, "ZZQPZ1234Z", "27ZZQPZ1234Z1Z" + Gstin.checkCharacter("27ZZQPZ1234Z1Z"));

        assertThat(eligible).contains(SENT);
        assertThat(suspended).isEqualTo(eligible);
        assertThat(unknown).isEqualTo(eligible);
        assertThat(outbox.latest("karan.sethi@example.in").subject())
                .isEqualTo("ICEGATE simplified registration: your temporary password");
        assertThat(outbox.latest("9811064432").body()).contains("ICEGATE temporary password for IEC KPTPS8865H");
        assertThat(outbox.to("info@himalayanherbals.example.in")).hasSize(suspendedBefore);
    }

    @Test
    void aNewPasswordReplacesTheOldOneAndEachLastsTheConfiguredLifetime() {
        Iec iec = new Iec("KPTPS8865H");
        Gstin gstin = new Gstin("07KPTPS8865H1ZK");
        Outbox outbox = new Outbox(mvc);
        SimplifiedPages person = new SimplifiedPages(new Visitor(mvc), outbox);

        String first = person.temporaryPassword(iec.value(), gstin.value(), "karan.sethi@example.in");
        String second = person.temporaryPassword(iec.value(), gstin.value(), "karan.sethi@example.in");

        assertThat(second).isNotEqualTo(first).hasSize(12);
        assertThat(PasswordPolicy.isAcceptable(second, null)).isTrue();
        assertThat(temporaryPasswords.matches(iec, gstin, first)).isFalse();
        assertThat(temporaryPasswords.matches(iec, gstin, second)).isTrue();

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(temporaryPasswords.matches(iec, gstin, second)).isFalse();
    }

    @Test
    void afterSendingTheFirstScreenFollowsWithIecAndGstinFilledInAndNoSession() {
        SimplifiedPages person = new SimplifiedPages(new Visitor(mvc), new Outbox(mvc));
        person.visitor.get("/registration/simplified/temporary-password");
        var sent = person.visitor.post(
                "/registration/simplified/temporary-password", "iec", "KPTPS8865H", "gstin", "07KPTPS8865H1ZK");

        assertThat(sent)
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/registration/simplified?iec=KPTPS8865H&gstin=07KPTPS8865H1ZK&temporaryPasswordSent=true");
        assertThat(sent.getRequest().getSession(false)).isNull();
        var next = person.follow(sent);
        String body = Visitor.body(next);
        assertThat(body)
                .contains("action=\"/registration/simplified\"")
                .containsPattern("id=\"iec\"[^>]*value=\"KPTPS8865H\"|value=\"KPTPS8865H\"[^>]*id=\"iec\"")
                .containsPattern(
                        "id=\"gstin\"[^>]*value=\"07KPTPS8865H1ZK\"|value=\"07KPTPS8865H1ZK\"[^>]*id=\"gstin\"");
        assertThat(SimplifiedPages.text(next))
                .contains(SENT + " Enter it below with your IEC and GSTIN, which are filled in.");
    }

    @Test
    void noTemporaryPasswordGetOneStandsAboveTheFirstScreensForm() {
        SimplifiedPages person = new SimplifiedPages(new Visitor(mvc), new Outbox(mvc));
        String body = Visitor.body(person.visitor.get("/registration/simplified"));

        assertThat(SimplifiedPages.text(person.visitor.get("/registration/simplified")))
                .contains("No temporary password? Get one")
                .doesNotContain(SENT);
        assertThat(body.indexOf("href=\"/registration/simplified/temporary-password\""))
                .isPositive()
                .isLessThan(body.indexOf("<form class=\"simplified-form\""));
    }

    @Test
    void anIecOrGstinInTheAddressThatIsNotWellFormedFillsNothingIn() {
        SimplifiedPages person = new SimplifiedPages(new Visitor(mvc), new Outbox(mvc));
        String body = Visitor.body(person.visitor.get(
                "/registration/simplified", "iec", "\"><script>x</script>", "gstin", "07KPTPS8865H1ZX"));

        assertThat(body).doesNotContain("<script>x").doesNotContain("07KPTPS8865H1ZX");
    }

    @Test
    void theFormIsThrottledPerIec() {
        SimplifiedPages person = new SimplifiedPages(new Visitor(mvc), new Outbox(mvc));
        String gstin = "27ZZRPZ1234Z1Z" + Gstin.checkCharacter("27ZZRPZ1234Z1Z");
        String page = "";
        for (int i = 0; i < 11; i++) {
            person.visitor.get("/registration/simplified/temporary-password");
            page = SimplifiedPages.text(person.visitor.post(
                    "/registration/simplified/temporary-password", "iec", "ZZRPZ1234Z", "gstin", gstin));
        }

        assertThat(page).contains("Too many attempts. Please try again in");
    }

    private static String sentPage(SimplifiedPages person, String iec, String gstin) {
        person.visitor.get("/registration/simplified/temporary-password");
        return person.show(
                person.visitor.post("/registration/simplified/temporary-password", "iec", iec, "gstin", gstin));
    }
}
