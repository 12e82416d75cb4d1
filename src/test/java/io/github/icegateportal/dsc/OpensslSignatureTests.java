package io.github.icegateportal.dsc;

import static io.github.icegateportal.dsc.DemoSignatures.CHALLENGE;
import static io.github.icegateportal.dsc.DemoSignatures.HOLDER;
import static io.github.icegateportal.dsc.DemoSignatures.HOLDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.icegateportal.demo.dsc.CertificateMaker;
import io.github.icegateportal.demo.dsc.DemoCertificateKind;
import io.github.icegateportal.demo.dsc.IssuedCertificate;
import io.github.icegateportal.support.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signature made by the {@code openssl} command line, exactly as docs/dsc.md and the spec tell a person to make
 * it, verifies: the verifier does not depend on how the demo token signs. Skipped where openssl is not installed.
 */
class OpensslSignatureTests {

    private static final String OPENSSL = "openssl";

    @TempDir
    Path directory;

    private final DscVerifier verifier = DemoSignatures.verifier(new MutableClock());

    @BeforeAll
    static void opensslIsInstalled() {
        assumeTrue(run(Path.of("."), List.of(OPENSSL, "version")) == 0, "openssl is not installed");
    }

    @Test
    void aDetachedBinarySignatureMadeByOpensslCmsVerifies() throws IOException {
        signWithOpenssl(DemoSignatures.certificate(DemoCertificateKind.VALID_CLASS_3, HOLDER), CHALLENGE);

        var verification = verifier.verify(Files.readAllBytes(directory.resolve("challenge.p7s")), CHALLENGE, HOLDERS);

        assertThat(verification.failures()).isEmpty();
        assertThat(verification.passed()).isTrue();
        assertThat(verification.certificate().orElseThrow().holderName()).isEqualTo(HOLDER.name());
    }

    @Test
    void anOpensslSignatureOfAnExpiredCertificateSaysExpired() throws IOException {
        signWithOpenssl(DemoSignatures.certificate(DemoCertificateKind.EXPIRED, HOLDER), CHALLENGE);

        var verification = verifier.verify(Files.readAllBytes(directory.resolve("challenge.p7s")), CHALLENGE, HOLDERS);

        assertThat(verification.failures())
                .containsExactly(DscCheck.failed(DscCheckType.VALIDITY, "dsc.check.validity.expired"));
    }

    @Test
    void anOpensslSignatureOfAFileWithANewlineSaysSo() throws IOException {
        signWithOpenssl(DemoSignatures.certificate(DemoCertificateKind.VALID_CLASS_3, HOLDER), CHALLENGE + "\n");

        var verification = verifier.verify(Files.readAllBytes(directory.resolve("challenge.p7s")), CHALLENGE, HOLDERS);

        assertThat(verification.firstFailure())
                .contains(DscCheck.failed(DscCheckType.SIGNATURE, "dsc.check.signature.trailingNewline"));
    }

    @Test
    void aPemSignatureMadeByOpensslVerifiesToo() throws IOException {
        var certificate = DemoSignatures.certificate(DemoCertificateKind.VALID_CLASS_3, HOLDER);
        signWithOpenssl(certificate, CHALLENGE, "PEM", "challenge.pem");

        byte[] pem = Files.readAllBytes(directory.resolve("challenge.pem"));

        assertThat(new String(pem, StandardCharsets.US_ASCII)).startsWith("-----BEGIN CMS-----");
        assertThat(verifier.verify(pem, CHALLENGE, HOLDERS).passed()).isTrue();
    }

    @Test
    void opensslVerifiesWhatTheDemoTokenSignsWithTheCommandInTheDocs() throws IOException {
        var certificate = DemoSignatures.certificate(DemoCertificateKind.VALID_CLASS_3, HOLDER);
        Files.writeString(directory.resolve("challenge.txt"), CHALLENGE, StandardCharsets.US_ASCII);
        Files.write(directory.resolve("challenge.p7s"), DemoSignatures.sign(certificate, CHALLENGE));
        Files.writeString(
                directory.resolve("root.pem"),
                DscCertificate.pem(DemoSignatures.AUTHORITY.root().certificate()));
        Files.writeString(
                directory.resolve("issuing-ca.pem"),
                DscCertificate.pem(DemoSignatures.AUTHORITY.issuing().certificate()));

        int exit = run(
                directory,
                List.of(
                        OPENSSL,
                        "cms",
                        "-verify",
                        "-binary",
                        "-inform",
                        "DER",
                        "-in",
                        "challenge.p7s",
                        "-content",
                        "challenge.txt",
                        "-CAfile",
                        "root.pem",
                        "-certfile",
                        "issuing-ca.pem",
                        "-purpose",
                        "any",
                        "-out",
                        "/dev/null"));

        assertThat(exit)
                .as("openssl cms -verify: %s", Files.readString(directory.resolve("openssl.log")))
                .isZero();
    }

    /** The spec's command, run in {@link #directory} on challenge.txt, cert.pem and key.pem: challenge.p7s (DER). */
    private void signWithOpenssl(IssuedCertificate certificate, String text) throws IOException {
        signWithOpenssl(certificate, text, "DER", "challenge.p7s");
    }

    private void signWithOpenssl(IssuedCertificate certificate, String text, String outform, String out)
            throws IOException {
        Files.writeString(directory.resolve("challenge.txt"), text, StandardCharsets.US_ASCII);
        Files.writeString(directory.resolve("cert.pem"), DscCertificate.pem(certificate.certificate()));
        Files.writeString(directory.resolve("key.pem"), CertificateMaker.pem(certificate.privateKey()));
        int exit = run(
                directory,
                List.of(
                        OPENSSL,
                        "cms",
                        "-sign",
                        "-binary",
                        "-in",
                        "challenge.txt",
                        "-signer",
                        "cert.pem",
                        "-inkey",
                        "key.pem",
                        "-outform",
                        outform,
                        "-out",
                        out));
        assertThat(exit)
                .as("openssl cms -sign: %s", Files.readString(directory.resolve("openssl.log")))
                .isZero();
    }

    private static int run(Path directory, List<String> command) {
        try {
            var process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("openssl.log").toFile())
                    .start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
