package io.github.icegateportal.demo.dsc;

import io.github.icegateportal.dsc.DscCertificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.UUID;

/** What the demo token made for a person: the signature over the text, the certificate and its key. */
record DemoToken(
        UUID id,
        Instant createdAt,
        DemoCertificateKind kind,
        String iec,
        String holderName,
        String signedText,
        byte[] signature,
        X509Certificate certificate,
        byte[] privateKey) {

    DscCertificate details() {
        return DscCertificate.of(certificate);
    }

    String keyPem() {
        return CertificateMaker.pem(DemoCertificateAuthority.parseKey(privateKey));
    }
}
