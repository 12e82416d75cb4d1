package io.github.icegateportal.dsc;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * The signer's certificate as the admin's detail page shows it.
 *
 * @param subject the subject's distinguished name, e.g. {@code C=IN,O=Personal,CN=Asha Verma,SERIALNUMBER=...}
 * @param issuer the issuer's distinguished name
 * @param serialNumber the certificate's serial number in upper-case hex
 * @param policyOids the certificate policies' OIDs (India PKI Class 3 is {@code 2.16.356.100.2.3})
 * @param keyUsage the key usages the certificate names ({@code digitalSignature}, {@code nonRepudiation}, ...)
 * @param holderName the subject's common name (CN): the person the certificate was issued to
 * @param subjectSerialNumber the subject's {@code serialNumber} attribute, in Indian DSCs the SHA-256 hex digest
 *     of the holder's PAN; empty when the subject has none
 * @param sha256Fingerprint SHA-256 of the certificate's DER encoding, upper-case hex
 * @param pem the certificate, PEM-armoured
 */
public record DscCertificate(
        String subject,
        String issuer,
        String serialNumber,
        Instant notBefore,
        Instant notAfter,
        List<String> policyOids,
        List<String> keyUsage,
        String holderName,
        Optional<String> subjectSerialNumber,
        String sha256Fingerprint,
        String pem) {

    private static final String[] KEY_USAGE_NAMES = {
        "digitalSignature",
        "nonRepudiation",
        "keyEncipherment",
        "dataEncipherment",
        "keyAgreement",
        "keyCertSign",
        "cRLSign",
        "encipherOnly",
        "decipherOnly"
    };

    public DscCertificate {
        policyOids = List.copyOf(policyOids);
        keyUsage = List.copyOf(keyUsage);
    }

    public static DscCertificate of(X509Certificate certificate) {
        try {
            X500Name subject = new JcaX509CertificateHolder(certificate).getSubject();
            X500Name issuer = new JcaX509CertificateHolder(certificate).getIssuer();
            return new DscCertificate(
                    subject.toString(),
                    issuer.toString(),
                    certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT),
                    certificate.getNotBefore().toInstant(),
                    certificate.getNotAfter().toInstant(),
                    policyOids(certificate),
                    keyUsage(certificate),
                    attribute(subject, BCStyle.CN).orElse(""),
                    attribute(subject, BCStyle.SERIALNUMBER),
                    HexFormat.of()
                            .withUpperCase()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())),
                    pem(certificate));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot read a parsed certificate", e);
        }
    }

    static Optional<String> attribute(X500Name name, ASN1ObjectIdentifier type) {
        var rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return Optional.empty();
        }
        return Optional.of(IETFUtils.valueToString(rdns[0].getFirst().getValue()));
    }

    static List<String> policyOids(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.certificatePolicies.getId());
        if (extension == null) {
            return List.of();
        }
        try {
            var policies = CertificatePolicies.getInstance(JcaX509ExtensionUtils.parseExtensionValue(extension));
            var oids = new ArrayList<String>();
            for (PolicyInformation policy : policies.getPolicyInformation()) {
                oids.add(policy.getPolicyIdentifier().getId());
            }
            return oids;
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
    }

    static List<String> keyUsage(X509Certificate certificate) {
        boolean[] bits = certificate.getKeyUsage();
        if (bits == null) {
            return List.of();
        }
        var names = new ArrayList<String>();
        for (int i = 0; i < bits.length && i < KEY_USAGE_NAMES.length; i++) {
            if (bits[i]) {
                names.add(KEY_USAGE_NAMES[i]);
            }
        }
        return names;
    }

    public static String pem(Object object) {
        var text = new StringWriter();
        try (var writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
