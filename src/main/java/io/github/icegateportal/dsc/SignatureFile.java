package io.github.icegateportal.dsc;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/**
 * An uploaded {@code .p7s} read as far as the checks need it: DER, or PEM-armoured ({@code -----BEGIN PKCS7-----},
 * {@code CMS}, {@code PKCS #7 SIGNED DATA}), or bare Base64 as some signer utilities write it.
 */
record SignatureFile(
        CMSSignedData signedData,
        SignerInformation signer,
        X509Certificate signerCertificate,
        List<X509Certificate> certificates) {

    private static final Pattern ARMOUR =
            Pattern.compile("-----BEGIN ([A-Z0-9 #]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\s]+");

    /** Why an upload could not be read: {@link #messageKey()} tells the person. */
    static final class Unreadable extends Exception {

        private final String messageKey;

        Unreadable(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    static SignatureFile read(byte[] upload, int maxSize) throws Unreadable {
        if (upload == null || upload.length == 0) {
            throw new Unreadable("dsc.check.format.empty");
        }
        if (upload.length > maxSize) {
            throw new Unreadable("dsc.check.format.tooLarge");
        }
        byte[] der = unarmour(upload);
        CMSSignedData signedData;
        try {
            signedData = new CMSSignedData(der);
        } catch (CMSException | RuntimeException e) {
            throw new Unreadable("dsc.check.format.malformed");
        }
        try {
            var signers = signedData.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                throw new Unreadable("dsc.check.format.noSigner");
            }
            if (signers.size() > 1) {
                throw new Unreadable("dsc.check.format.severalSigners");
            }
            SignerInformation signer = signers.iterator().next();
            var converter = new JcaX509CertificateConverter();
            var certificates = new ArrayList<X509Certificate>();
            X509Certificate signerCertificate = null;
            for (X509CertificateHolder holder : signedData.getCertificates().getMatches(null)) {
                var certificate = converter.getCertificate(holder);
                certificates.add(certificate);
                if (signerCertificate == null && signer.getSID().match(holder)) {
                    signerCertificate = certificate;
                }
            }
            if (signerCertificate == null) {
                throw new Unreadable("dsc.check.format.noCertificate");
            }
            return new SignatureFile(signedData, signer, signerCertificate, List.copyOf(certificates));
        } catch (CertificateException | RuntimeException e) {
            throw new Unreadable("dsc.check.format.malformed");
        }
    }

    private static byte[] unarmour(byte[] upload) throws Unreadable {
        if (upload[0] == 0x30) {
            return upload;
        }
        String text = new String(upload, StandardCharsets.ISO_8859_1);
        var armour = ARMOUR.matcher(text);
        String body;
        if (armour.find()) {
            if (armour.group(1).contains("CERTIFICATE")) {
                throw new Unreadable("dsc.check.format.certificateOnly");
            }
            body = armour.group(2);
        } else if (BASE64.matcher(text).matches()) {
            body = text;
        } else {
            throw new Unreadable("dsc.check.format.malformed");
        }
        try {
            return Base64.getMimeDecoder().decode(body.strip());
        } catch (IllegalArgumentException e) {
            throw new Unreadable("dsc.check.format.malformed");
        }
    }
}
