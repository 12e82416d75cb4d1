package io.github.icegateportal.dsc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The CAs an operator trusts ({@code portal.dsc.trusted-roots}) and their CRLs ({@code portal.dsc.crls}), read
 * once at start. A file that is named but cannot be read stops the start: a portal that silently trusts nobody
 * would refuse every real DSC.
 */
@Component
class ConfiguredTrustSource implements DscTrustSource {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredTrustSource.class);

    private final TrustMaterial material;

    ConfiguredTrustSource(DscProperties properties) {
        var roots = new ArrayList<X509Certificate>();
        var intermediates = new ArrayList<X509Certificate>();
        for (Path file : properties.trustedRoots()) {
            for (X509Certificate certificate : readCertificates(file)) {
                if (isSelfIssued(certificate)) {
                    roots.add(certificate);
                } else {
                    intermediates.add(certificate);
                }
            }
        }
        var crls = new ArrayList<X509CRL>();
        for (Path file : properties.crls()) {
            crls.addAll(readCrls(file));
        }
        this.material = new TrustMaterial(roots, intermediates, crls);
        if (!properties.trustedRoots().isEmpty()) {
            log.info(
                    "DSC trust: {} root(s), {} intermediate(s), {} CRL(s) from configuration",
                    roots.size(),
                    intermediates.size(),
                    crls.size());
        }
    }

    @Override
    public TrustMaterial trustMaterial() {
        return material;
    }

    static boolean isSelfIssued(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    static List<X509Certificate> readCertificates(Path file) {
        try {
            var certificates = new ArrayList<X509Certificate>();
            for (var certificate : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(read(file)))) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) {
                throw new IllegalStateException("portal.dsc.trusted-roots: no certificate in " + file);
            }
            return certificates;
        } catch (CertificateException e) {
            throw new IllegalStateException("portal.dsc.trusted-roots: cannot read " + file, e);
        }
    }

    static List<X509CRL> readCrls(Path file) {
        try {
            var crls = new ArrayList<X509CRL>();
            for (var crl : CertificateFactory.getInstance("X.509").generateCRLs(new ByteArrayInputStream(read(file)))) {
                crls.add((X509CRL) crl);
            }
            return crls;
        } catch (CertificateException | CRLException e) {
            throw new IllegalStateException("portal.dsc.crls: cannot read " + file, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " (portal.dsc.*)", e);
        }
    }
}
