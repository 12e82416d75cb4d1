package io.github.icegateportal.demo.dsc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Makes CA certificates, DSC-like holder certificates, CRLs and detached CMS signatures with EC P-256 keys:
 * what the demo CA and the demo token do, and what tests use to make every kind of certificate.
 */
public final class CertificateMaker {

    public static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateMaker() {}

    public static KeyPair keyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is not available", e);
        }
    }

    /** A self-signed CA certificate. */
    public static IssuedCertificate root(X500Name name, Instant notBefore, Instant notAfter) {
        KeyPair keys = keyPair();
        var builder = builder(name, name, keys.getPublic(), notBefore, notAfter);
        try {
            var extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return new IssuedCertificate(sign(builder, keys.getPrivate()), keys.getPrivate());
    }

    /** A CA certificate issued by {@code issuer}, which may issue holders' certificates but no further CAs. */
    public static IssuedCertificate intermediate(
            IssuedCertificate issuer, X500Name name, Instant notBefore, Instant notAfter) {
        KeyPair keys = keyPair();
        var builder = builder(issuerName(issuer), name, keys.getPublic(), notBefore, notAfter);
        try {
            var extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(
                            Extension.authorityKeyIdentifier,
                            false,
                            extensions.createAuthorityKeyIdentifier(issuer.certificate()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return new IssuedCertificate(sign(builder, issuer.privateKey()), keys.getPrivate());
    }

    /**
     * A person's signing certificate as Indian CAs issue them: the name as CN, the PAN's digest as the subject's
     * serialNumber, key usage for signatures, and the given certificate policy.
     *
     * @param keyUsage e.g. {@code KeyUsage.digitalSignature | KeyUsage.nonRepudiation}
     */
    public static IssuedCertificate holder(
            IssuedCertificate issuer,
            X500Name subject,
            Instant notBefore,
            Instant notAfter,
            List<String> policyOids,
            int keyUsage) {
        return holder(issuer, subject, notBefore, notAfter, policyOids, keyUsage, new BasicConstraints(false));
    }

    /** The same with other basic constraints: {@code new BasicConstraints(true)} is what a CA's certificate says. */
    public static IssuedCertificate holder(
            IssuedCertificate issuer,
            X500Name subject,
            Instant notBefore,
            Instant notAfter,
            List<String> policyOids,
            int keyUsage,
            BasicConstraints basicConstraints) {
        KeyPair keys = keyPair();
        var builder = builder(issuerName(issuer), subject, keys.getPublic(), notBefore, notAfter);
        try {
            var extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, basicConstraints)
                    .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(
                            Extension.authorityKeyIdentifier,
                            false,
                            extensions.createAuthorityKeyIdentifier(issuer.certificate()));
            if (!policyOids.isEmpty()) {
                builder.addExtension(
                        Extension.certificatePolicies,
                        false,
                        new CertificatePolicies(policyOids.stream()
                                .map(oid -> new PolicyInformation(new ASN1ObjectIdentifier(oid)))
                                .toArray(PolicyInformation[]::new)));
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return new IssuedCertificate(sign(builder, issuer.privateKey()), keys.getPrivate());
    }

    /** A CRL of {@code issuer} listing the serial numbers with their revocation times. */
    public static X509CRL crl(
            IssuedCertificate issuer,
            Map<BigInteger, Instant> revoked,
            BigInteger number,
            Instant thisUpdate,
            Instant nextUpdate) {
        try {
            var builder =
                    new JcaX509v2CRLBuilder(issuer.certificate().getSubjectX500Principal(), Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(number));
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()));
            revoked.forEach((serial, at) -> builder.addCRLEntry(serial, Date.from(at), CRLReason.keyCompromise));
            ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(issuer.privateKey());
            return new JcaX509CRLConverter().getCRL(builder.build(signer));
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A detached CMS signature (what {@code openssl cms -sign -binary -outform DER} writes) over {@code content},
     * carrying {@code certificates} (the signer's first, then its CA's), with the signing time given.
     */
    public static byte[] signDetached(
            byte[] content, IssuedCertificate signer, List<X509Certificate> certificates, Instant signingTime) {
        try {
            var attributes = new Hashtable<ASN1ObjectIdentifier, Attribute>();
            attributes.put(
                    CMSAttributes.signingTime,
                    new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
            var generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .setSignedAttributeGenerator(
                                    new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                            .build(
                                    new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(signer.privateKey()),
                                    signer.certificate()));
            generator.addCertificates(new JcaCertStore(certificates));
            return generator
                    .generate(new CMSProcessableByteArray(content), false)
                    .getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key as PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}), as {@code openssl -inkey} reads it. */
    public static String pem(PrivateKey key) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static X500Name issuerName(IssuedCertificate issuer) {
        return X500Name.getInstance(
                issuer.certificate().getSubjectX500Principal().getEncoded());
    }

    private static X509v3CertificateBuilder builder(
            X500Name issuer, X500Name subject, PublicKey key, Instant notBefore, Instant notAfter) {
        return new JcaX509v3CertificateBuilder(
                issuer,
                new BigInteger(127, RANDOM).setBit(126),
                Date.from(notBefore),
                Date.from(notAfter),
                subject,
                key);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
