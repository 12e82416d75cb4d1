package io.github.icegateportal.dsc;

import io.github.icegateportal.demo.dsc.CertificateMaker;
import io.github.icegateportal.demo.dsc.DemoAuthority;
import io.github.icegateportal.demo.dsc.DemoCertificateKind;
import io.github.icegateportal.demo.dsc.IssuedCertificate;
import io.github.icegateportal.shared.field.Pan;
import io.github.icegateportal.support.MutableClock;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One demo CA for the verifier's unit tests (key generation is the slow part), certificates of every kind from
 * it, and a verifier that trusts it and reads its CRL.
 */
final class DemoSignatures {

    static final String CHALLENGE = "ICEGATE-DSC 2026-11-23 REF-7Q4M-XK29 nonce 9f8b1c2d3e4f5061";
    static final DscHolder HOLDER = new DscHolder("Asha Verma", Pan.of("ABCPV1234K"));
    static final DscHolder PARTNER = new DscHolder("Shri Rajesh Kumar Sharma", Pan.of("BQRPS4321L"));
    static final List<DscHolder> HOLDERS = List.of(PARTNER, HOLDER);
    static final DemoAuthority AUTHORITY = DemoAuthority.generate(MutableClock.START);

    private static final Map<BigInteger, Instant> REVOKED = new ConcurrentHashMap<>();

    private DemoSignatures() {}

    static IssuedCertificate certificate(DemoCertificateKind kind, DscHolder holder) {
        IssuedCertificate certificate = AUTHORITY.issue(kind, holder, "Personal", MutableClock.START);
        if (kind == DemoCertificateKind.REVOKED) {
            REVOKED.put(certificate.certificate().getSerialNumber(), MutableClock.START.minusSeconds(60));
        }
        return certificate;
    }

    static byte[] sign(IssuedCertificate certificate, String text) {
        return CertificateMaker.signDetached(
                text.getBytes(StandardCharsets.US_ASCII),
                certificate,
                AUTHORITY.chainOf(certificate),
                MutableClock.START);
    }

    /** The challenge signed with a new certificate of {@code kind} for {@link #HOLDER}. */
    static byte[] signature(DemoCertificateKind kind) {
        return sign(certificate(kind, HOLDER), CHALLENGE);
    }

    static X509CRL crl() {
        return crl(MutableClock.START);
    }

    /** The CRL as the CA publishes it at {@code at} (valid for {@link DemoAuthority#CRL_LIFETIME} from then). */
    static X509CRL crl(Instant at) {
        return AUTHORITY.crl(Map.copyOf(REVOKED), BigInteger.valueOf(REVOKED.size() + 1L), at);
    }

    /** A verifier that trusts the demo CA, whose CRL is always current (published at the clock's now). */
    static DscVerifier verifier(MutableClock clock) {
        DscTrustSource demo = () -> AUTHORITY.trustMaterial(crl(clock.instant()));
        return new DscVerifier(clock, List.of(demo), new DscProperties(List.of(), List.of(), 65536));
    }

    /** A verifier that trusts the demo CA with the CRL it published at {@code publishedAt}, and no later one. */
    static DscVerifier verifierWithCrlOf(MutableClock clock, Instant publishedAt) {
        DscTrustSource demo = () -> AUTHORITY.trustMaterial(crl(publishedAt));
        return new DscVerifier(clock, List.of(demo), new DscProperties(List.of(), List.of(), 65536));
    }
}
