package io.github.icegateportal.dsc;

import static io.github.icegateportal.dsc.DscCheckType.CERTIFICATE_CLASS;
import static io.github.icegateportal.dsc.DscCheckType.FORMAT;
import static io.github.icegateportal.dsc.DscCheckType.HOLDER_NAME;
import static io.github.icegateportal.dsc.DscCheckType.HOLDER_PAN;
import static io.github.icegateportal.dsc.DscCheckType.ISSUER;
import static io.github.icegateportal.dsc.DscCheckType.KEY_USAGE;
import static io.github.icegateportal.dsc.DscCheckType.REVOCATION;
import static io.github.icegateportal.dsc.DscCheckType.SIGNATURE;
import static io.github.icegateportal.dsc.DscCheckType.VALIDITY;

import io.github.icegateportal.shared.field.Pan;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Verifies a detached CMS/PKCS#7 signature ({@code .p7s}) over a registration's challenge and the Class III DSC
 * that it carries. The same code serves a real token's signature, one made by {@code openssl cms -sign -binary}
 * and one from the demo token.
 *
 * <p>Every check runs (so that the admin sees them all) and reports its own message key; the person is told the
 * {@linkplain DscVerification#firstFailure() first failure}. A file that cannot be read at all gives one
 * {@link DscCheckType#FORMAT} failure and no certificate, never an exception.
 */
@Service
public class DscVerifier {

    /** India PKI certificate policy for Class 3 (Class 1 and 2 are {@code .1} and {@code .2}). */
    public static final String CLASS_3_POLICY = "2.16.356.100.2.3";

    private static final Logger log = LoggerFactory.getLogger(DscVerifier.class);
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9A-Fa-f]{64}");

    private final Clock clock;
    private final List<DscTrustSource> trustSources;
    private final int maxSignatureSize;

    DscVerifier(Clock clock, List<DscTrustSource> trustSources, DscProperties properties) {
        this.clock = clock;
        this.trustSources = List.copyOf(trustSources);
        this.maxSignatureSize = properties.maxSignatureSize();
    }

    /** The largest signature file, in bytes, that is read at all ({@code portal.dsc.max-signature-size}). */
    public int maxSignatureSize() {
        return maxSignatureSize;
    }

    /**
     * @param p7s the uploaded signature, DER or PEM
     * @param challenge the text that was to be signed: its ASCII bytes, exactly, without a newline
     * @param allowedHolders the persons who may sign for the IEC (proprietor, partners, directors, signatories)
     */
    public DscVerification verify(byte[] p7s, String challenge, List<DscHolder> allowedHolders) {
        SignatureFile file;
        try {
            file = SignatureFile.read(p7s, maxSignatureSize);
        } catch (SignatureFile.Unreadable e) {
            return new DscVerification(List.of(DscCheck.failed(FORMAT, e.messageKey())), Optional.empty());
        }
        X509Certificate certificate = file.signerCertificate();
        DscCertificate details = DscCertificate.of(certificate);
        Instant now = clock.instant();
        TrustMaterial trust = trustMaterial();

        var checks = new ArrayList<DscCheck>();
        checks.add(DscCheck.passed(FORMAT, "dsc.check.format.passed"));
        checks.add(checkSignature(file, challenge));
        checks.add(checkIssuer(file, trust, now));
        checks.add(checkValidity(certificate, now));
        checks.add(checkRevocation(certificate, trust, now));
        checks.add(checkKeyUsage(certificate, details));
        checks.add(checkClass(details));
        List<DscHolder> named = allowedHolders.stream()
                .filter(holder -> HolderNames.match(details.holderName(), holder.name()))
                .toList();
        checks.add(
                named.isEmpty()
                        ? DscCheck.failed(HOLDER_NAME, "dsc.check.holderName.mismatch")
                        : DscCheck.passed(HOLDER_NAME, "dsc.check.holderName.passed"));
        checks.add(checkPan(details, named.isEmpty() ? allowedHolders : named));

        var verification = new DscVerification(checks, Optional.of(details));
        log.debug(
                "DSC of {} (serial {}, issuer {}): {}",
                details.holderName(),
                details.serialNumber(),
                details.issuer(),
                verification.failures());
        return verification;
    }

    /** The SHA-256 digest, lower-case hex, that an Indian DSC carries for this PAN: of its upper-case ASCII bytes. */
    public static String panDigest(Pan pan) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(pan.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private TrustMaterial trustMaterial() {
        var roots = new ArrayList<X509Certificate>();
        var intermediates = new ArrayList<X509Certificate>();
        var crls = new ArrayList<X509CRL>();
        for (DscTrustSource source : trustSources) {
            TrustMaterial material = source.trustMaterial();
            roots.addAll(material.roots());
            intermediates.addAll(material.intermediates());
            crls.addAll(material.crls());
        }
        return new TrustMaterial(roots, intermediates, crls);
    }

    private static DscCheck checkSignature(SignatureFile file, String challenge) {
        byte[] expected = challenge.getBytes(StandardCharsets.US_ASCII);
        if (signs(file, expected)) {
            return DscCheck.passed(SIGNATURE, "dsc.check.signature.passed");
        }
        if (signs(file, (challenge + "\n").getBytes(StandardCharsets.US_ASCII))
                || signs(file, (challenge + "\r\n").getBytes(StandardCharsets.US_ASCII))) {
            return DscCheck.failed(SIGNATURE, "dsc.check.signature.trailingNewline");
        }
        return DscCheck.failed(SIGNATURE, "dsc.check.signature.mismatch");
    }

    /** Whether the signature is over exactly {@code content}: detached, or with that content encapsulated. */
    private static boolean signs(SignatureFile file, byte[] content) {
        try {
            CMSSignedData signed = file.signedData();
            if (signed.getSignedContent() != null) {
                if (!java.util.Arrays.equals((byte[]) signed.getSignedContent().getContent(), content)) {
                    return false;
                }
            } else {
                signed = new CMSSignedData(new CMSProcessableByteArray(content), signed.getEncoded());
            }
            var signer = signed.getSignerInfos().get(file.signer().getSID());
            return signer != null
                    && signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                            .build(file.signerCertificate().getPublicKey()));
        } catch (CMSException | OperatorCreationException | java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * PKIX path building from the signer's certificate to a trusted root, intermediates from the signature and
     * the trust sources. Dates are judged by {@link #checkValidity} and revocation by {@link #checkRevocation},
     * so the path is validated at a moment within the signer's validity and without revocation checking.
     */
    private static DscCheck checkIssuer(SignatureFile file, TrustMaterial trust, Instant now) {
        if (trust.roots().isEmpty()) {
            return DscCheck.failed(ISSUER, "dsc.check.issuer.untrusted");
        }
        X509Certificate certificate = file.signerCertificate();
        try {
            var anchors = new HashSet<TrustAnchor>();
            for (X509Certificate root : trust.roots()) {
                anchors.add(new TrustAnchor(root, null));
            }
            var target = new X509CertSelector();
            target.setCertificate(certificate);
            var parameters = new PKIXBuilderParameters(anchors, target);
            var known = new ArrayList<X509Certificate>(file.certificates());
            known.addAll(trust.intermediates());
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(known)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(withinValidity(certificate, now)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return DscCheck.passed(ISSUER, "dsc.check.issuer.passed");
        } catch (GeneralSecurityException | RuntimeException e) {
            log.debug("No trusted chain for {}: {}", certificate.getSubjectX500Principal(), e.getMessage());
            return DscCheck.failed(ISSUER, "dsc.check.issuer.untrusted");
        }
    }

    private static Instant withinValidity(X509Certificate certificate, Instant now) {
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        return now.isBefore(notBefore) ? notBefore : now.isAfter(notAfter) ? notAfter : now;
    }

    private static DscCheck checkValidity(X509Certificate certificate, Instant now) {
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            return DscCheck.failed(VALIDITY, "dsc.check.validity.notYetValid");
        }
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            return DscCheck.failed(VALIDITY, "dsc.check.validity.expired");
        }
        return DscCheck.passed(VALIDITY, "dsc.check.validity.passed");
    }

    /**
     * Against the CRLs of the certificate's issuer from the trust sources (configured files, the demo CA), each
     * taken only when its signature verifies with a trusted certificate of that issuer. A revocation on any of them
     * fails; otherwise the check passes only on a list whose nextUpdate is still ahead of the clock, and fails with
     * its own message when every list of the issuer is past its nextUpdate.
     */
    private static DscCheck checkRevocation(X509Certificate certificate, TrustMaterial trust, Instant now) {
        boolean current = false;
        boolean stale = false;
        for (X509CRL crl : trust.crls()) {
            if (!crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())
                    || !signedByTrustedIssuer(crl, trust)) {
                continue;
            }
            var entry = crl.getRevokedCertificate(certificate.getSerialNumber());
            if (entry != null && !entry.getRevocationDate().toInstant().isAfter(now)) {
                return DscCheck.failed(REVOCATION, "dsc.check.revocation.revoked");
            }
            if (isPastNextUpdate(crl, now)) {
                stale = true;
            } else {
                current = true;
            }
        }
        if (current) {
            return DscCheck.passed(REVOCATION, "dsc.check.revocation.passed");
        }
        // a list past its next update may miss a revocation made since: not knowing is not passing
        return stale
                ? DscCheck.failed(REVOCATION, "dsc.check.revocation.stale")
                : DscCheck.notChecked(REVOCATION, "dsc.check.revocation.notChecked");
    }

    /** Whether the CA promised a newer list before {@code now} (a CRL without nextUpdate never goes stale). */
    public static boolean isPastNextUpdate(X509CRL crl, Instant now) {
        return crl.getNextUpdate() != null && !crl.getNextUpdate().toInstant().isAfter(now);
    }

    private static boolean signedByTrustedIssuer(X509CRL crl, TrustMaterial trust) {
        var candidates = new ArrayList<X509Certificate>(trust.roots());
        candidates.addAll(trust.intermediates());
        for (X509Certificate issuer : candidates) {
            if (issuer.getSubjectX500Principal().equals(crl.getIssuerX500Principal())) {
                try {
                    crl.verify(issuer.getPublicKey());
                    return true;
                } catch (GeneralSecurityException | RuntimeException e) {
                    // another certificate with the same name may have signed it
                }
            }
        }
        log.warn(
                "Ignoring a CRL of {}: no trusted certificate of that issuer verifies it",
                crl.getIssuerX500Principal());
        return false;
    }

    /** A signer's certificate is an end-entity one: a CA's (basic constraints CA:TRUE) never is, whatever its keys. */
    private static DscCheck checkKeyUsage(X509Certificate certificate, DscCertificate details) {
        if (certificate.getBasicConstraints() >= 0) {
            return DscCheck.failed(KEY_USAGE, "dsc.check.keyUsage.caCertificate");
        }
        return details.keyUsage().contains("digitalSignature")
                        || details.keyUsage().contains("nonRepudiation")
                ? DscCheck.passed(KEY_USAGE, "dsc.check.keyUsage.passed")
                : DscCheck.failed(KEY_USAGE, "dsc.check.keyUsage.notForSigning");
    }

    private static DscCheck checkClass(DscCertificate details) {
        boolean class3 = details.policyOids().stream()
                .anyMatch(oid -> oid.equals(CLASS_3_POLICY) || oid.startsWith(CLASS_3_POLICY + "."));
        return class3
                ? DscCheck.passed(CERTIFICATE_CLASS, "dsc.check.class.passed")
                : DscCheck.failed(CERTIFICATE_CLASS, "dsc.check.class.notClass3");
    }

    private static DscCheck checkPan(DscCertificate details, List<DscHolder> holders) {
        Optional<String> digest = details.subjectSerialNumber()
                .filter(value -> SHA256_HEX.matcher(value).matches());
        if (digest.isEmpty()) {
            return DscCheck.notChecked(HOLDER_PAN, "dsc.check.holderPan.notChecked");
        }
        boolean matches =
                holders.stream().anyMatch(holder -> panDigest(holder.pan()).equalsIgnoreCase(digest.get()));
        return matches
                ? DscCheck.passed(HOLDER_PAN, "dsc.check.holderPan.passed")
                : DscCheck.failed(HOLDER_PAN, "dsc.check.holderPan.mismatch");
    }
}
