package io.github.icegateportal.dsc;

import static io.github.icegateportal.dsc.DemoSignatures.AUTHORITY;
import static io.github.icegateportal.dsc.DemoSignatures.CHALLENGE;
import static io.github.icegateportal.dsc.DemoSignatures.HOLDER;
import static io.github.icegateportal.dsc.DemoSignatures.HOLDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icegateportal.demo.dsc.DemoAuthority;
import io.github.icegateportal.demo.dsc.DemoCertificateKind;
import io.github.icegateportal.support.MutableClock;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real CA is trusted by naming its certificates' PEM file in portal.dsc.trusted-roots, its CRL in portal.dsc.crls. */
class ConfiguredTrustSourceTests {

    @TempDir
    Path directory;

    private final MutableClock clock = new MutableClock();

    @Test
    void aRootAndSubCaFromAPemFileAnchorTheChainAndTheCrlFileRevokes() throws Exception {
        Path roots = directory.resolve("roots.pem");
        Files.writeString(
                roots,
                DscCertificate.pem(AUTHORITY.issuing().certificate())
                        + DscCertificate.pem(AUTHORITY.root().certificate()));
        var revoked = DemoSignatures.certificate(DemoCertificateKind.VALID_CLASS_3, HOLDER);
        Path crl = directory.resolve("issuing.crl");
        Files.write(
                crl,
                AUTHORITY
                        .crl(
                                Map.of(revoked.certificate().getSerialNumber(), clock.instant()),
                                BigInteger.ONE,
                                clock.instant())
                        .getEncoded());
        var properties = new DscProperties(List.of(roots), List.of(crl), 65536);
        var source = new ConfiguredTrustSource(properties);
        var verifier = new DscVerifier(clock, List.of(source), properties);

        assertThat(source.trustMaterial().roots())
                .containsExactly(AUTHORITY.root().certificate());
        assertThat(source.trustMaterial().intermediates())
                .containsExactly(AUTHORITY.issuing().certificate());
        var valid = DemoSignatures.certificate(DemoCertificateKind.VALID_CLASS_3, HOLDER);
        assertThat(verifier.verify(DemoSignatures.sign(valid, CHALLENGE), CHALLENGE, HOLDERS)
                        .passed())
                .isTrue();
        assertThat(verifier.verify(DemoSignatures.sign(revoked, CHALLENGE), CHALLENGE, HOLDERS)
                        .failures())
                .containsExactly(DscCheck.failed(DscCheckType.REVOCATION, "dsc.check.revocation.revoked"));
    }

    @Test
    void aCrlSignedByAnotherKeyIsIgnored() throws Exception {
        Path roots = directory.resolve("roots.pem");
        Files.writeString(roots, DscCertificate.pem(AUTHORITY.root().certificate()));
        var impostor = DemoAuthority.generate(clock.instant());
        var certificate = DemoSignatures.certificate(DemoCertificateKind.VALID_CLASS_3, HOLDER);
        Path crl = directory.resolve("forged.crl");
        Files.write(
                crl,
                impostor.crl(
                                Map.of(certificate.certificate().getSerialNumber(), clock.instant()),
                                BigInteger.ONE,
                                clock.instant())
                        .getEncoded());
        var properties = new DscProperties(List.of(roots), List.of(crl), 65536);
        var verifier = new DscVerifier(clock, List.of(new ConfiguredTrustSource(properties)), properties);

        var verification = verifier.verify(DemoSignatures.sign(certificate, CHALLENGE), CHALLENGE, HOLDERS);

        assertThat(verification.passed()).isTrue();
        assertThat(verification.check(DscCheckType.REVOCATION).orElseThrow().outcome())
                .isEqualTo(DscOutcome.NOT_CHECKED);
    }

    @Test
    void aNamedFileThatCannotBeReadStopsTheStart() {
        var properties = new DscProperties(List.of(directory.resolve("missing.pem")), List.of(), 65536);

        assertThatThrownBy(() -> new ConfiguredTrustSource(properties)).hasMessageContaining("missing.pem");
    }
}
