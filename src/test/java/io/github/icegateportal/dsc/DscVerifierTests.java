package io.github.icegateportal.dsc;

import static io.github.icegateportal.dsc.DemoSignatures.CHALLENGE;
import static io.github.icegateportal.dsc.DemoSignatures.HOLDER;
import static io.github.icegateportal.dsc.DemoSignatures.HOLDERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.demo.dsc.CertificateMaker;
import io.github.icegateportal.demo.dsc.DemoAuthority;
import io.github.icegateportal.demo.dsc.DemoCertificateKind;
import io.github.icegateportal.shared.field.Pan;
import io.github.icegateportal.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

public class DscVerifierTests {

    private final MutableClock clock = new MutableClock();
    private final DscVerifier verifier = DemoSignatures.verifier(clock);

    /** The one check each demo kind fails, and the message it gives. */
    public static final Map<DemoCertificateKind, DscCheck> EXPECTED_FAILURE = Map.of(
            DemoCertificateKind.EXPIRED,
            DscCheck.failed(DscCheckType.VALIDITY, "dsc.check.validity.expired"),
            DemoCertificateKind.NOT_YET_VALID,
            DscCheck.failed(DscCheckType.VALIDITY, "dsc.check.validity.notYetValid"),
            DemoCertificateKind.CLASS_2,
            DscCheck.failed(DscCheckType.CERTIFICATE_CLASS, "dsc.check.class.notClass3"),
            DemoCertificateKind.OTHER_NAME,
            DscCheck.failed(DscCheckType.HOLDER_NAME, "dsc.check.holderName.mismatch"),
            DemoCertificateKind.OTHER_PAN,
            DscCheck.failed(DscCheckType.HOLDER_PAN, "dsc.check.holderPan.mismatch"),
            DemoCertificateKind.REVOKED,
            DscCheck.failed(DscCheckType.REVOCATION, "dsc.check.revocation.revoked"),
            DemoCertificateKind.UNTRUSTED_CA,
            DscCheck.failed(DscCheckType.ISSUER, "dsc.check.issuer.untrusted"));

    @Test
    void aValidClass3SignatureOverTheChallengePassesEveryCheck() {
        var verification =
                verifier.verify(DemoSignatures.signature(DemoCertificateKind.VALID_CLASS_3), CHALLENGE, HOLDERS);

        assertThat(verification.passed()).isTrue();
        assertThat(verification.firstFailure()).isEmpty();
        assertThat(verification.checks()).extracting(DscCheck::type).containsExactly(DscCheckType.values());
        assertThat(verification.checks()).allMatch(check -> check.outcome() == DscOutcome.PASSED);
        var certificate = verification.certificate().orElseThrow();
        assertThat(certificate.holderName()).isEqualTo("Asha Verma");
        assertThat(certificate.policyOids()).containsExactly("2.16.356.100.2.3");
        assertThat(certificate.keyUsage()).containsExactly("digitalSignature", "nonRepudiation");
        assertThat(certificate.issuer()).contains("CN=ICEGATE Portal Demo Class 3 Issuing CA");
        assertThat(certificate.subjectSerialNumber()).contains(DscVerifier.panDigest(HOLDER.pan()));
        assertThat(certificate.pem()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(certificate.notBefore()).isBefore(clock.instant());
        assertThat(certificate.notAfter()).isAfter(clock.instant());
    }

    @ParameterizedTest
    @EnumSource(value = DemoCertificateKind.class, names = "VALID_CLASS_3", mode = EnumSource.Mode.EXCLUDE)
    void eachDemoKindFailsExactlyItsOwnCheckWithItsOwnMessage(DemoCertificateKind kind) {
        var verification = verifier.verify(DemoSignatures.signature(kind), CHALLENGE, HOLDERS);

        assertThat(verification.passed()).isFalse();
        assertThat(verification.failures()).containsExactly(EXPECTED_FAILURE.get(kind));
        assertThat(verification.certificate()).isPresent();
    }

    @Test
    void everyFailureHasAMessageOfItsOwnInEnglishAndHindi() {
        var keys = EXPECTED_FAILURE.values().stream().map(DscCheck::messageKey).toList();
        assertThat(keys).doesNotHaveDuplicates().hasSize(DemoCertificateKind.values().length - 1);
        var english = ResourceBundle.getBundle("messages", Locale.ROOT);
        var hindi = ResourceBundle.getBundle("messages", Locale.forLanguageTag("hi"));
        for (String key : Stream.concat(
                        keys.stream(), Stream.of("dsc.check.signature.mismatch", "dsc.check.revocation.stale"))
                .toList()) {
            assertThat(english.getString(key)).isNotBlank();
            assertThat(hindi.getString(key))
                    .isNotEqualTo(english.getString(key))
                    .matches(".*\\p{IsDevanagari}.*");
        }
    }

    @Test
    void aSignatureOverOtherTextDoesNotMatchTheChallenge() {
        var certificate = DemoSignatures.certificate(DemoCertificateKind.VALID_CLASS_3, HOLDER);

        var verification = verifier.verify(DemoSignatures.sign(certificate, "some other text"), CHALLENGE, HOLDERS);

        assertThat(verification.failures())
                .containsExactly(DscCheck.failed(DscCheckType.SIGNATURE, "dsc.check.signature.mismatch"));
    }

    @Test
    void aSignatureOverTheChallengeWithANewlineSaysToLeaveTheNewlineOut() {
        var certificate = DemoSignatures.certificate(DemoCertificateKind.VALID_CLASS_3, HOLDER);

        var verification = verifier.verify(DemoSignatures.sign(certificate, CHALLENGE + "\n"), CHALLENGE, HOLDERS);

        assertThat(verification.firstFailure())
                .contains(DscCheck.failed(DscCheckType.SIGNATURE, "dsc.check.signature.trailingNewline"));
    }

    @Test
    void aPemArmouredSignatureVerifiesLikeTheDerOne() {
        byte[] der = DemoSignatures.signature(DemoCertificateKind.VALID_CLASS_3);
        String pem = "-----BEGIN PKCS7-----\r\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\r\n-----END PKCS7-----\r\n";

        assertThat(verifier.verify(pem.getBytes(StandardCharsets.US_ASCII), CHALLENGE, HOLDERS)
                        .passed())
                .isTrue();
        assertThat(verifier.verify(
                                ("\n" + pem.replace("PKCS7", "CMS")).getBytes(StandardCharsets.US_ASCII),
                                CHALLENGE,
                                HOLDERS)
                        .passed())
                .isTrue();
        assertThat(verifier.verify(Base64.getEncoder().encode(der), CHALLENGE, HOLDERS)
                        .passed())
                .isTrue();
    }

    static Stream<Arguments> unreadableUploads() {
        byte[] valid = DemoSignatures.signature(DemoCertificateKind.VALID_CLASS_3);
        byte[] truncated = java.util.Arrays.copyOf(valid, valid.length / 2);
        String certificatePem = DemoSignatures.certificate(DemoCertificateKind.VALID_CLASS_3, HOLDER)
                .certificate()
                .toString();
        return Stream.of(
                Arguments.of("nothing", new byte[0], "dsc.check.format.empty"),
                Arguments.of("null", null, "dsc.check.format.empty"),
                Arguments.of(
                        "text",
                        "<script>alert(1)</script> नमस्ते".getBytes(StandardCharsets.UTF_8),
                        "dsc.check.format.malformed"),
                Arguments.of(
                        "random bytes", new byte[] {0x30, 0x03, 0x02, 0x01, 0x07, 0x55}, "dsc.check.format.malformed"),
                Arguments.of("truncated", truncated, "dsc.check.format.malformed"),
                Arguments.of("too large", new byte[70_000], "dsc.check.format.tooLarge"),
                Arguments.of(
                        "broken armour",
                        "-----BEGIN PKCS7-----\n!!!\n-----END PKCS7-----".getBytes(StandardCharsets.US_ASCII),
                        "dsc.check.format.malformed"),
                Arguments.of(
                        "certificate",
                        DscCertificate.pem(DemoSignatures.certificate(DemoCertificateKind.VALID_CLASS_3, HOLDER)
                                        .certificate())
                                .getBytes(StandardCharsets.US_ASCII),
                        "dsc.check.format.certificateOnly"),
                Arguments.of(
                        "certificate text",
                        certificatePem.getBytes(StandardCharsets.UTF_8),
                        "dsc.check.format.malformed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableUploads")
    void anUnreadableUploadGivesItsMessageAndNoException(String what, byte[] upload, String messageKey) {
        var verification = verifier.verify(upload, CHALLENGE, HOLDERS);

        assertThat(verification.checks()).containsExactly(DscCheck.failed(DscCheckType.FORMAT, messageKey));
        assertThat(verification.certificate()).isEmpty();
        assertThat(verification.passed()).isFalse();
    }

    @Test
    void theValidityDatesAreJudgedByTheClock() {
        byte[] signature = DemoSignatures.signature(DemoCertificateKind.VALID_CLASS_3);

        clock.advance(Duration.ofDays(800));
        var verification = verifier.verify(signature, CHALLENGE, HOLDERS);

        assertThat(verification.failures())
                .containsExactly(DscCheck.failed(DscCheckType.VALIDITY, "dsc.check.validity.expired"));
    }

    @Test
    void aRevocationListPastItsNextUpdateFailsTheRevocationCheckWithItsOwnMessage() {
        byte[] signature = DemoSignatures.signature(DemoCertificateKind.VALID_CLASS_3);
        var withOldList = DemoSignatures.verifierWithCrlOf(clock, MutableClock.START);
        assertThat(withOldList.verify(signature, CHALLENGE, HOLDERS).passed()).isTrue();

        clock.advance(DemoAuthority.CRL_LIFETIME.plusSeconds(1));
        var verification = withOldList.verify(signature, CHALLENGE, HOLDERS);

        assertThat(verification.failures())
                .containsExactly(DscCheck.failed(DscCheckType.REVOCATION, "dsc.check.revocation.stale"));
        assertThat(DemoSignatures.verifierWithCrlOf(clock, clock.instant())
                        .verify(signature, CHALLENGE, HOLDERS)
                        .passed())
                .as("a list the CA published since is current again")
                .isTrue();
    }

    @Test
    void aRevokedCertificateFailsAsRevokedEvenOnAListPastItsNextUpdate() {
        byte[] signature = DemoSignatures.signature(DemoCertificateKind.REVOKED);
        var withOldList = DemoSignatures.verifierWithCrlOf(clock, MutableClock.START);

        clock.advance(DemoAuthority.CRL_LIFETIME.plusDays(1));

        assertThat(withOldList.verify(signature, CHALLENGE, HOLDERS).failures())
                .containsExactly(DscCheck.failed(DscCheckType.REVOCATION, "dsc.check.revocation.revoked"));
    }

    @Test
    void theNameMayDifferInCasePunctuationSpacesAndHonorifics() {
        var signatory = new io.github.icegateportal.dsc.DscHolder("R.K. Sharma", Pan.of("BQRPS4321L"));
        var certificate = DemoSignatures.certificate(DemoCertificateKind.VALID_CLASS_3, signatory);
        var onRecord = List.of(HOLDER, new DscHolder("Mr  r k  SHARMA", Pan.of("BQRPS4321L")));

        var verification = verifier.verify(DemoSignatures.sign(certificate, CHALLENGE), CHALLENGE, onRecord);

        assertThat(verification.passed()).isTrue();
        assertThat(HolderNames.match("Smt. Asha VERMA", "asha verma")).isTrue();
        assertThat(HolderNames.match("Asha Verma", "Asha Varma")).isFalse();
        assertThat(HolderNames.match("Shri", "Asha Verma")).isFalse();
    }

    @Test
    void thePanIsComparedWithThePersonWhoseNameMatches() {
        var signature = DemoSignatures.signature(DemoCertificateKind.VALID_CLASS_3);
        var sameNameOtherPan = List.of(new DscHolder("Asha Verma", Pan.of("ZZZPZ9999Z")));

        assertThat(verifier.verify(signature, CHALLENGE, sameNameOtherPan).failures())
                .containsExactly(DscCheck.failed(DscCheckType.HOLDER_PAN, "dsc.check.holderPan.mismatch"));
    }

    @Test
    void thePanDigestIsSha256OfTheUpperCasePanInAscii() {
        assertThat(DscVerifier.panDigest(Pan.of("abcpv1234k")))
                .isEqualTo("d1f614045cf4135fbfd68721c828dcea6c62533b442a6a5bfd7d3d53fbe15eeb");
    }

    @Test
    void aSubjectWithoutAPanDigestSkipsThePanCheck() {
        var subject = new org.bouncycastle.asn1.x500.X500NameBuilder(org.bouncycastle.asn1.x500.style.BCStyle.INSTANCE)
                .addRDN(org.bouncycastle.asn1.x500.style.BCStyle.C, "IN")
                .addRDN(org.bouncycastle.asn1.x500.style.BCStyle.CN, "Asha Verma")
                .build();
        var certificate = CertificateMaker.holder(
                DemoSignatures.AUTHORITY.issuing(),
                subject,
                clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(30)),
                List.of(DscVerifier.CLASS_3_POLICY),
                KeyUsage.nonRepudiation);

        var verification = verifier.verify(DemoSignatures.sign(certificate, CHALLENGE), CHALLENGE, HOLDERS);

        assertThat(verification.passed()).isTrue();
        assertThat(verification.check(DscCheckType.HOLDER_PAN))
                .contains(DscCheck.notChecked(DscCheckType.HOLDER_PAN, "dsc.check.holderPan.notChecked"));
    }

    @Test
    void anEncryptionOnlyCertificateIsNotForSigning() {
        var certificate = CertificateMaker.holder(
                DemoSignatures.AUTHORITY.issuing(),
                DemoAuthority.holderName(HOLDER.name(), HOLDER.pan(), "Personal"),
                clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(30)),
                List.of(DscVerifier.CLASS_3_POLICY),
                KeyUsage.keyAgreement);

        var verification = verifier.verify(DemoSignatures.sign(certificate, CHALLENGE), CHALLENGE, HOLDERS);

        assertThat(verification.failures())
                .containsExactly(DscCheck.failed(DscCheckType.KEY_USAGE, "dsc.check.keyUsage.notForSigning"));
    }

    @Test
    void aCertificateAuthoritysCertificateIsNotASignersEvenWithASigningKeyUsage() {
        var certificate = CertificateMaker.holder(
                DemoSignatures.AUTHORITY.issuing(),
                DemoAuthority.holderName(HOLDER.name(), HOLDER.pan(), "Personal"),
                clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(30)),
                List.of(DscVerifier.CLASS_3_POLICY),
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
                new BasicConstraints(true));

        var verification = verifier.verify(DemoSignatures.sign(certificate, CHALLENGE), CHALLENGE, HOLDERS);

        assertThat(verification.failures())
                .containsExactly(DscCheck.failed(DscCheckType.KEY_USAGE, "dsc.check.keyUsage.caCertificate"));
        var english = ResourceBundle.getBundle("messages", Locale.ROOT);
        var hindi = ResourceBundle.getBundle("messages", Locale.forLanguageTag("hi"));
        assertThat(english.getString("dsc.check.keyUsage.caCertificate")).contains("certificate authority");
        assertThat(hindi.getString("dsc.check.keyUsage.caCertificate")).matches(".*\\p{IsDevanagari}.*");
    }

    @Test
    void aSignatureThatDoesNotCarryItsCertificateIsRefused() {
        var certificate = DemoSignatures.certificate(DemoCertificateKind.VALID_CLASS_3, HOLDER);
        byte[] bare = CertificateMaker.signDetached(
                CHALLENGE.getBytes(StandardCharsets.US_ASCII), certificate, List.of(), clock.instant());

        assertThat(verifier.verify(bare, CHALLENGE, HOLDERS).checks())
                .containsExactly(DscCheck.failed(DscCheckType.FORMAT, "dsc.check.format.noCertificate"));
    }

    @Test
    void withoutTrustedRootsNoIssuerIsTrustedAndRevocationIsNotChecked() {
        var trustingNobody = new DscVerifier(clock, List.of(), new DscProperties(List.of(), List.of(), 65536));

        var verification =
                trustingNobody.verify(DemoSignatures.signature(DemoCertificateKind.VALID_CLASS_3), CHALLENGE, HOLDERS);

        assertThat(verification.failures())
                .containsExactly(DscCheck.failed(DscCheckType.ISSUER, "dsc.check.issuer.untrusted"));
        assertThat(verification.check(DscCheckType.REVOCATION).orElseThrow().outcome())
                .isEqualTo(DscOutcome.NOT_CHECKED);
    }

    @Test
    void noAllowedHoldersMeansNoNameMatches() {
        var verification =
                verifier.verify(DemoSignatures.signature(DemoCertificateKind.VALID_CLASS_3), CHALLENGE, List.of());

        assertThat(verification.firstFailure())
                .contains(DscCheck.failed(DscCheckType.HOLDER_NAME, "dsc.check.holderName.mismatch"));
    }
}
