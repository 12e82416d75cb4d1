package io.github.icegateportal.demo.dsc;

import io.github.icegateportal.dsc.DscHolder;
import io.github.icegateportal.dsc.DscVerifier;
import io.github.icegateportal.dsc.TrustMaterial;
import io.github.icegateportal.shared.field.Pan;
import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The demo CA's keys and certificates: a root ("ICEGATE Portal Demo Root CA") and the issuing CA under it that
 * the portal trusts while the demo is on, and a second CA that nobody trusts. Issues a certificate of each
 * {@link DemoCertificateKind} for a person on an IEC record.
 */
public record DemoAuthority(IssuedCertificate root, IssuedCertificate issuing, IssuedCertificate untrusted) {

    public static final String ROOT_NAME = "ICEGATE Portal Demo Root CA";
    public static final String ISSUING_NAME = "ICEGATE Portal Demo Class 3 Issuing CA";
    public static final String UNTRUSTED_NAME = "Untrusted Demo CA";
    public static final String CLASS_2_POLICY = "2.16.356.100.2.2";
    public static final String OTHER_NAME = "Ravi Outsider";
    public static final Duration CRL_LIFETIME = Duration.ofDays(7);

    private static final Duration CA_BACKDATE = Duration.ofDays(3650);
    private static final Duration CA_LIFETIME = Duration.ofDays(365 * 30);
    private static final Duration HOLDER_LIFETIME = Duration.ofDays(730);

    /** New keys and certificates; the CAs' validity reaches far back so that an expired DSC still chains. */
    public static DemoAuthority generate(Instant now) {
        Instant from = now.minus(CA_BACKDATE);
        Instant to = now.plus(CA_LIFETIME);
        IssuedCertificate root = CertificateMaker.root(caName(ROOT_NAME), from, to);
        IssuedCertificate issuing = CertificateMaker.intermediate(root, caName(ISSUING_NAME), from, to);
        IssuedCertificate untrusted = CertificateMaker.root(caName(UNTRUSTED_NAME), from, to);
        return new DemoAuthority(root, issuing, untrusted);
    }

    /** What the verifier trusts while the demo is on: the root, the issuing CA (openssl carries only the signer's certificate) and the CRL. */
    public TrustMaterial trustMaterial(X509CRL crl) {
        return new TrustMaterial(
                List.of(root.certificate()), List.of(issuing.certificate()), crl == null ? List.of() : List.of(crl));
    }

    /**
     * A certificate of {@code kind} for {@code holder}, valid for two years from yesterday unless the kind says
     * otherwise. A {@link DemoCertificateKind#REVOKED} one must then be put on the CRL by the caller.
     */
    public IssuedCertificate issue(DemoCertificateKind kind, DscHolder holder, String organisation, Instant now) {
        Instant notBefore = now.minus(Duration.ofDays(1));
        Instant notAfter = notBefore.plus(HOLDER_LIFETIME);
        switch (kind) {
            case EXPIRED -> {
                notAfter = now.minus(Duration.ofDays(1));
                notBefore = notAfter.minus(HOLDER_LIFETIME);
            }
            case NOT_YET_VALID -> {
                notBefore = now.plus(Duration.ofDays(7));
                notAfter = notBefore.plus(HOLDER_LIFETIME);
            }
            default -> {}
        }
        String name = kind == DemoCertificateKind.OTHER_NAME ? OTHER_NAME : holder.name();
        Pan pan = kind == DemoCertificateKind.OTHER_PAN ? otherPan(holder.pan()) : holder.pan();
        List<String> policies =
                List.of(kind == DemoCertificateKind.CLASS_2 ? CLASS_2_POLICY : DscVerifier.CLASS_3_POLICY);
        IssuedCertificate issuer = kind == DemoCertificateKind.UNTRUSTED_CA ? untrusted : issuing;
        return CertificateMaker.holder(
                issuer,
                holderName(name, pan, organisation),
                notBefore,
                notAfter,
                policies,
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
    }

    /** The certificates a signature by {@code signer} carries: the signer's, then its CA's when that is not a root. */
    public List<X509Certificate> chainOf(IssuedCertificate signer) {
        boolean untrustedIssuer = signer.certificate()
                .getIssuerX500Principal()
                .equals(untrusted.certificate().getSubjectX500Principal());
        return untrustedIssuer ? List.of(signer.certificate()) : List.of(signer.certificate(), issuing.certificate());
    }

    /** The issuing CA's CRL listing {@code revoked}. */
    public X509CRL crl(Map<BigInteger, Instant> revoked, BigInteger number, Instant now) {
        return CertificateMaker.crl(issuing, revoked, number, now, now.plus(CRL_LIFETIME));
    }

    public static X500Name holderName(String name, Pan pan, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "IN")
                .addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, name)
                .addRDN(BCStyle.SERIALNUMBER, DscVerifier.panDigest(pan))
                .build();
    }

    /** A well-formed PAN of the same holder type that is not {@code pan}. */
    public static Pan otherPan(Pan pan) {
        String value = pan.value();
        String digits = value.substring(5, 9);
        String other = digits.equals("9999") ? "1111" : "9999";
        return new Pan(value.substring(0, 5) + other + value.charAt(9));
    }

    private static X500Name caName(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "IN")
                .addRDN(BCStyle.O, "ICEGATE registration portal (model)")
                .addRDN(BCStyle.OU, "Demo only - not a licensed CA")
                .addRDN(BCStyle.CN, commonName)
                .build();
    }
}
