package io.github.icegateportal.registration.iec;

import io.github.icegateportal.dsc.DscCertificate;
import io.github.icegateportal.dsc.DscCheck;
import io.github.icegateportal.dsc.DscCheckType;
import io.github.icegateportal.dsc.DscOutcome;
import io.github.icegateportal.dsc.DscVerification;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The DSC step of one registration: the one-time challenge the holder signs and the last signature checked
 * against it, with the certificate's details and every check's result. A challenge whose signature passed is
 * spent: signing again needs a new one.
 */
@Entity
@Table(name = "registration_dsc")
class DscStep {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "registration_id")
    private UUID registrationId;

    @Column(nullable = false)
    private String challenge;

    @Column(name = "challenge_issued_at", nullable = false)
    private Instant challengeIssuedAt;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(nullable = false)
    private boolean passed;

    /** One check a line: {@code TYPE OUTCOME messageKey}. */
    private String checks;

    private byte[] signature;

    private String subject;

    private String issuer;

    @Column(name = "serial_number")
    private String serialNumber;

    @Column(name = "not_before")
    private Instant notBefore;

    @Column(name = "not_after")
    private Instant notAfter;

    @Column(name = "policy_oids")
    private String policyOids;

    @Column(name = "key_usage")
    private String keyUsage;

    @Column(name = "holder_name")
    private String holderName;

    @Column(name = "subject_serial_number")
    private String subjectSerialNumber;

    private String fingerprint;

    @Column(name = "certificate_pem")
    private String certificatePem;

    protected DscStep() {}

    DscStep(UUID registrationId, String referenceNumber, Instant now) {
        this.registrationId = registrationId;
        newChallenge(referenceNumber, now);
    }

    /**
     * A fresh challenge: one ASCII line without a newline, naming the registration so that a signature made for
     * one registration is worth nothing for another, with 128 random bits so that it is never seen twice.
     */
    void newChallenge(String referenceNumber, Instant now) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        this.challenge = "ICEGATE-MODEL DSC challenge; registration " + referenceNumber + "; nonce "
                + HexFormat.of().formatHex(nonce) + "; issued " + now;
        this.challengeIssuedAt = now;
        this.passed = false;
    }

    /** Keeps what the verifier found; a passing signature spends the challenge. */
    void record(byte[] signature, DscVerification verification, Instant now) {
        this.signature = signature.clone();
        this.checkedAt = now;
        this.passed = verification.passed();
        this.checks = String.join(
                "\n",
                verification.checks().stream()
                        .map(check -> check.type() + " " + check.outcome() + " " + check.messageKey())
                        .toList());
        DscCertificate certificate = verification.certificate().orElse(null);
        this.subject = certificate == null ? null : cut(certificate.subject(), 1000);
        this.issuer = certificate == null ? null : cut(certificate.issuer(), 1000);
        this.serialNumber = certificate == null ? null : cut(certificate.serialNumber(), 100);
        this.notBefore = certificate == null ? null : certificate.notBefore();
        this.notAfter = certificate == null ? null : certificate.notAfter();
        this.policyOids = certificate == null ? null : cut(String.join(",", certificate.policyOids()), 500);
        this.keyUsage = certificate == null ? null : cut(String.join(",", certificate.keyUsage()), 200);
        this.holderName = certificate == null ? null : cut(certificate.holderName(), 300);
        this.subjectSerialNumber = certificate == null
                ? null
                : certificate.subjectSerialNumber().map(s -> cut(s, 100)).orElse(null);
        this.fingerprint = certificate == null ? null : cut(certificate.sha256Fingerprint(), 64);
        this.certificatePem = certificate == null ? null : cut(certificate.pem(), 12000);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    String challenge() {
        return challenge;
    }

    boolean passed() {
        return passed;
    }

    Optional<Instant> checkedAt() {
        return Optional.ofNullable(checkedAt);
    }

    /** The checks of the last signature, in the verifier's order. */
    List<DscCheck> checks() {
        if (checks == null || checks.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(checks.split("\n"))
                .map(line -> line.split(" ", 3))
                .map(parts -> new DscCheck(DscCheckType.valueOf(parts[0]), DscOutcome.valueOf(parts[1]), parts[2]))
                .toList();
    }

    /** The certificate of the last signature, if it could be read. */
    Optional<DscCertificate> certificate() {
        if (fingerprint == null) {
            return Optional.empty();
        }
        return Optional.of(new DscCertificate(
                subject,
                issuer,
                serialNumber,
                notBefore,
                notAfter,
                split(policyOids),
                split(keyUsage),
                holderName,
                Optional.ofNullable(subjectSerialNumber),
                fingerprint,
                certificatePem));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
