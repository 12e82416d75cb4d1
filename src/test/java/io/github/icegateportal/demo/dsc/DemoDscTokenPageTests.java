package io.github.icegateportal.demo.dsc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.directory.DgftDirectory;
import io.github.icegateportal.dsc.DscCheck;
import io.github.icegateportal.dsc.DscCheckType;
import io.github.icegateportal.dsc.DscHolder;
import io.github.icegateportal.dsc.DscOutcome;
import io.github.icegateportal.dsc.DscVerifier;
import io.github.icegateportal.dsc.DscVerifierTests;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The demo token page as a person uses it, and what it makes checked by the same verifier as a real upload. */
@PortalTest
class DemoDscTokenPageTests {

    /** Kaveri Textiles Private Limited: a company with two directors in the demo data. */
    private static final String IEC = "AADCK8350R";

    private static final String CHALLENGE = "ICEGATE-DSC REF-DEMO-TOKEN-TEST 3c7a9e0b";
    private static final Pattern TOKEN_PATH = Pattern.compile("/demo/dsc/tokens/([0-9a-f-]{36})");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DscVerifier verifier;

    @Autowired
    DgftDirectory dgft;

    @Autowired
    DemoDscTokens tokens;

    @Test
    void theFormKeepsTheChallengeAndTheReturnAddressAndCreatesNoSession() {
        var visitor = new Visitor(mvc);

        var page = visitor.get("/demo/dsc", "challenge", CHALLENGE, "return", "/registration/iec/step/dsc");

        assertThat(page).hasStatusOk();
        assertThat(Visitor.body(page))
                .contains("name=\"challenge\" value=\"" + CHALLENGE + "\"")
                .contains("name=\"return\" value=\"/registration/iec/step/dsc\"")
                .contains("href=\"#signer-utility\"")
                .containsOnlyOnce("name=\"iec\"")
                .doesNotContain("<script");
        assertThat(page.getRequest().getSession(false)).isNull();
    }

    @Test
    void findingTheIecListsItsSignatoriesAndTheKindsOfCertificate() {
        var page = new Visitor(mvc).get("/demo/dsc", "iec", "aadck8350r", "challenge", CHALLENGE);

        assertThat(Visitor.body(page))
                .contains("Arvind Raghunathan", "Lakshmi Narayanan", "Kaveri Textiles Private Limited")
                .contains("A valid Class III certificate", "A revoked certificate")
                .contains(CHALLENGE)
                .contains("name=\"_csrf\"");
    }

    @Test
    void thePageSpeaksHindi() {
        var page = new Visitor(mvc).get("/demo/dsc", "iec", IEC, "lang", "hi");

        assertThat(Visitor.body(page))
                .contains("डेमो DSC टोकन", "डेमो टोकन से हस्ताक्षर करें", "मान्य Class III प्रमाणपत्र");
    }

    @Test
    void signingGivesADownloadableSignatureThatTheVerifierAccepts() {
        var visitor = new Visitor(mvc);
        visitor.get("/demo/dsc", "iec", IEC, "challenge", CHALLENGE);

        var issued = visitor.post(
                "/demo/dsc",
                "iec",
                IEC,
                "signatory",
                "1",
                "kind",
                "VALID_CLASS_3",
                "text",
                "challenge",
                "challenge",
                CHALLENGE,
                "returnTo",
                "/registration/iec/step/dsc");

        assertThat(issued).hasStatus3xxRedirection();
        String location = issued.getResponse().getRedirectedUrl();
        assertThat(location).contains("return=/registration/iec/step/dsc");
        var matcher = TOKEN_PATH.matcher(location);
        assertThat(matcher.find()).isTrue();
        String id = matcher.group(1);
        var page = visitor.follow(issued);
        assertThat(Visitor.body(page))
                .contains("/demo/dsc/tokens/" + id + "/challenge.p7s")
                .contains("/registration/iec/step/dsc?demoSignature=" + id)
                .contains("Lakshmi Narayanan");

        var download = visitor.get("/demo/dsc/tokens/" + id + "/challenge.p7s");
        assertThat(download).hasStatusOk().hasContentType("application/pkcs7-signature");
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains("challenge.p7s");
        byte[] signature = download.getResponse().getContentAsByteArray();

        var verification = verifier.verify(signature, CHALLENGE, holders());
        assertThat(verification.failures()).isEmpty();
        assertThat(verification.certificate().orElseThrow().holderName()).isEqualTo("Lakshmi Narayanan");
        assertThat(tokens.signature(id))
                .hasValueSatisfying(stored -> assertThat(stored).isEqualTo(signature));
        assertThat(Visitor.body(visitor.get("/demo/dsc/tokens/" + id + "/challenge.txt")))
                .isEqualTo(CHALLENGE);
        assertThat(Visitor.body(visitor.get("/demo/dsc/tokens/" + id + "/cert.pem")))
                .startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(Visitor.body(visitor.get("/demo/dsc/tokens/" + id + "/key.pem")))
                .startsWith("-----BEGIN PRIVATE KEY-----");
    }

    @ParameterizedTest
    @EnumSource(value = DemoCertificateKind.class, names = "VALID_CLASS_3", mode = EnumSource.Mode.EXCLUDE)
    void eachKindOfDemoCertificateIsRefusedWithItsOwnMessage(DemoCertificateKind kind) {
        byte[] signature = sign(kind.name(), "challenge");

        var verification = verifier.verify(signature, CHALLENGE, holders());

        assertThat(verification.failures()).containsExactly(DscVerifierTests.EXPECTED_FAILURE.get(kind));
    }

    @Test
    void otherTextGivesASignatureThatDoesNotMatchTheChallenge() {
        byte[] signature = sign("VALID_CLASS_3", "other");

        assertThat(verifier.verify(signature, CHALLENGE, holders()).failures())
                .containsExactly(
                        new DscCheck(DscCheckType.SIGNATURE, DscOutcome.FAILED, "dsc.check.signature.mismatch"));
    }

    @Test
    void wrongAndForgedFieldsGetAMessageNextToTheField() {
        var visitor = new Visitor(mvc);
        visitor.get("/demo/dsc", "iec", IEC);

        var forged = visitor.post(
                "/demo/dsc", "iec", IEC, "signatory", "7", "kind", "GOLDEN", "text", "challenge", "challenge", "");

        assertThat(forged).hasStatusOk();
        assertThat(Visitor.body(forged))
                .contains("Choose the person who signs.")
                .contains("Choose the kind of certificate.")
                .contains("Enter the challenge that the registration&#39;s DSC step shows.");

        var unicode = visitor.post(
                "/demo/dsc",
                "iec",
                IEC,
                "signatory",
                "0",
                "kind",
                "EXPIRED",
                "text",
                "challenge",
                "challenge",
                "<script>नमस्ते</script>");
        assertThat(Visitor.body(unicode)).contains("one line of plain ASCII").doesNotContain("<script>न");

        assertThat(Visitor.body(visitor.get("/demo/dsc", "iec", "ZZZPZ9999Z")))
                .contains("There is no IEC record with this IEC.");
        assertThat(Visitor.body(visitor.get("/demo/dsc", "iec", "12AB"))).contains("IEC must");
    }

    @Test
    void aReturnAddressOnAnotherSiteIsIgnored() {
        var visitor = new Visitor(mvc);
        visitor.get("/demo/dsc", "iec", IEC);

        var issued = visitor.post(
                "/demo/dsc",
                "iec",
                IEC,
                "signatory",
                "0",
                "kind",
                "VALID_CLASS_3",
                "text",
                "other",
                "challenge",
                "",
                "returnTo",
                "//evil.example/steal");

        assertThat(issued.getResponse().getRedirectedUrl())
                .doesNotContain("evil")
                .doesNotContain("return=");
        assertThat(Visitor.body(visitor.follow(issued))).doesNotContain("return-to-registration");
        assertThat(DemoDscTokenController.safeReturn("https://evil.example")).isEmpty();
        assertThat(DemoDscTokenController.safeReturn("/\\evil.example")).isEmpty();
        assertThat(DemoDscTokenController.safeReturn("/registration/iec?step=dsc"))
                .contains("/registration/iec?step=dsc");
    }

    @Test
    void theDemoRootCertificateIsServedAsPem() throws Exception {
        var download = new Visitor(mvc).get("/demo/dsc/root.pem");

        assertThat(download).hasStatusOk();
        var root = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(
                        new ByteArrayInputStream(download.getResponse().getContentAsByteArray()));
        assertThat(root.getSubjectX500Principal().getName()).contains("CN=ICEGATE Portal Demo Root CA");
        assertThat(new Visitor(mvc).get("/demo/dsc/demo-ca.crl")).hasStatusOk();
        assertThat(new Visitor(mvc).get("/demo/dsc/tokens/not-a-token/challenge.p7s"))
                .hasStatus(404);
    }

    private byte[] sign(String kind, String text) {
        var visitor = new Visitor(mvc);
        visitor.get("/demo/dsc", "iec", IEC, "challenge", CHALLENGE);
        MvcTestResult issued = visitor.post(
                "/demo/dsc", "iec", IEC, "signatory", "0", "kind", kind, "text", text, "challenge", CHALLENGE);
        assertThat(issued).hasStatus3xxRedirection();
        var matcher = TOKEN_PATH.matcher(issued.getResponse().getRedirectedUrl());
        assertThat(matcher.find()).isTrue();
        return visitor.get("/demo/dsc/tokens/" + matcher.group(1) + "/challenge.p7s")
                .getResponse()
                .getContentAsByteArray();
    }

    private List<DscHolder> holders() {
        return dgft.findByIec(Iec.of(IEC)).orElseThrow().signatories().stream()
                .map(signatory -> new DscHolder(signatory.name(), signatory.pan()))
                .toList();
    }
}
