package io.github.icegateportal.demo.dsc;

import io.github.icegateportal.demo.DemoOnly;
import io.github.icegateportal.dsc.DscHolder;
import io.github.icegateportal.dsc.SigningTool;
import io.github.icegateportal.shared.field.Iec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The demo DSC token: issues a demo certificate of the chosen kind for a person on an IEC record and signs a text
 * with it, as a real token and its signer utility would. What it made is kept for a day behind a random id, so the
 * person can download it (and the registration step can take the signature directly) on any instance. It is the
 * portal's {@link SigningTool}: the DSC step links to its page and takes its signatures.
 */
@Service
@DemoOnly
public class DemoDscTokens implements SigningTool {

    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final DemoCertificateAuthority authority;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoDscTokens(DemoCertificateAuthority authority, JdbcClient jdbc, Clock clock) {
        this.authority = authority;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The {@code .p7s} the demo token made under {@code tokenId} (the id in {@code /demo/dsc/tokens/{id}}, which
     * the token page also adds to the return address as {@code demoSignature}); empty when there is none.
     */
    @Override
    public Optional<byte[]> signature(String tokenId) {
        return find(tokenId).map(DemoToken::signature);
    }

    /**
     * What the demo token makes when a person signs {@code text} for {@code holder} with a valid Class III demo
     * certificate: the detached {@code .p7s}. For the demo's ready-made registrations (registration module), made
     * as a person's would be at {@code signedAt} (the certificate is issued then too, so a registration dated days
     * back does not carry a certificate younger than itself).
     */
    public byte[] signValid(Iec iec, DscHolder holder, String organisation, String text, Instant signedAt) {
        return issue(DemoCertificateKind.VALID_CLASS_3, iec, holder, organisation, text, signedAt)
                .signature();
    }

    /** The token page for {@code challenge}, whose "back" link returns to {@code returnTo}. */
    @Override
    public String signingPage(Iec iec, String challenge, String returnTo) {
        return "/demo/dsc?challenge=" + URLEncoder.encode(challenge, StandardCharsets.UTF_8)
                + "&iec=" + iec.value()
                + "&return=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }

    /** Issues a certificate of {@code kind} for {@code holder} and signs {@code text} (its ASCII bytes) with it. */
    DemoToken issue(DemoCertificateKind kind, Iec iec, DscHolder holder, String organisation, String text) {
        return issue(kind, iec, holder, organisation, text, clock.instant());
    }

    private DemoToken issue(
            DemoCertificateKind kind, Iec iec, DscHolder holder, String organisation, String text, Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.SECONDS);
        DemoAuthority ca = authority.authority();
        IssuedCertificate certificate = ca.issue(kind, holder, organisation, now);
        if (kind == DemoCertificateKind.REVOKED) {
            authority.revoke(certificate.certificate().getSerialNumber());
        }
        byte[] signature = CertificateMaker.signDetached(
                text.getBytes(StandardCharsets.US_ASCII), certificate, ca.chainOf(certificate), now);
        var token = new DemoToken(
                UUID.randomUUID(),
                now,
                kind,
                iec.value(),
                holder.name(),
                text,
                signature,
                certificate.certificate(),
                certificate.privateKey().getEncoded());
        jdbc.sql("""
                        insert into dsc_demo_token (id, created_at, kind, iec, holder_name, signed_text, signature,
                            certificate, private_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        token.id(),
                        Timestamp.from(now),
                        kind.name(),
                        token.iec(),
                        token.holderName(),
                        text,
                        signature,
                        DemoCertificateAuthority.encoded(certificate.certificate()),
                        token.privateKey())
                .update();
        return token;
    }

    Optional<DemoToken> find(String tokenId) {
        if (tokenId == null) {
            return Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(tokenId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id, created_at, kind, iec, holder_name, signed_text, signature, certificate, private_key
                        from dsc_demo_token where id = ?""")
                .param(id)
                .query((row, i) -> new DemoToken(
                        row.getObject(1, UUID.class),
                        row.getTimestamp(2).toInstant(),
                        DemoCertificateKind.valueOf(row.getString(3)),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getBytes(7),
                        DemoCertificateAuthority.parseCertificate(row.getBytes(8)),
                        row.getBytes(9)))
                .optional();
    }

    /** Forgets what the token made a day ago: once across all instances. */
    @Scheduled(cron = "${portal.dsc.demo-token-sweep-cron:0 17 * * * *}")
    @SchedulerLock(name = "dsc-demo-token-sweep", lockAtMostFor = "PT50M", lockAtLeastFor = "PT50M")
    void forgetOldTokens() {
        jdbc.sql("delete from dsc_demo_token where created_at < ?")
                .param(Timestamp.from(clock.instant().minus(KEPT_FOR)))
                .update();
    }
}
