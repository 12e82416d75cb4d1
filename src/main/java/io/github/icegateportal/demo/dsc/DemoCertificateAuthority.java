package io.github.icegateportal.demo.dsc;

import io.github.icegateportal.demo.DemoOnly;
import io.github.icegateportal.dsc.DscTrustSource;
import io.github.icegateportal.dsc.DscVerifier;
import io.github.icegateportal.dsc.TrustMaterial;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo CA as the running portal keeps it: generated at first start and stored in the database, so that every
 * instance signs with and trusts the same keys; its CRL is in the database too, so a certificate one instance
 * revoked is refused by all. Contributes its root, issuing CA and CRL to the verifier.
 */
@Component
@DemoOnly
class DemoCertificateAuthority implements DscTrustSource {

    private static final Logger log = LoggerFactory.getLogger(DemoCertificateAuthority.class);
    private static final String ID = "DEMO";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile DemoAuthority authority;

    DemoCertificateAuthority(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Makes the keys at first start, so that the first person on the token page does not wait for them. */
    @EventListener(ApplicationReadyEvent.class)
    void createAtFirstStart() {
        authority();
    }

    @Override
    public TrustMaterial trustMaterial() {
        return authority().trustMaterial(crl());
    }

    /** The keys and certificates: loaded once, created (by whichever instance comes first) when there are none. */
    DemoAuthority authority() {
        DemoAuthority loaded = authority;
        if (loaded == null) {
            synchronized (this) {
                loaded = authority;
                if (loaded == null) {
                    loaded = load();
                    authority = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * The issuing CA's current CRL. Like a real CA, the demo CA publishes a new list before the old one's nextUpdate
     * has passed (here: when it is asked for one that has), so its certificates never fail as "list out of date".
     */
    X509CRL crl() {
        X509CRL stored = storedCrl();
        if (DscVerifier.isPastNextUpdate(stored, clock.instant())) {
            publishCrl(null);
            return storedCrl();
        }
        return stored;
    }

    private X509CRL storedCrl() {
        byte[] der = jdbc.sql("select crl from dsc_demo_authority where id = ?")
                .param(ID)
                .query(byte[].class)
                .single();
        return parseCrl(der);
    }

    /** Puts {@code serial} on the issuing CA's CRL, in one transaction that locks the CA's row. */
    void revoke(BigInteger serial) {
        publishCrl(serial);
    }

    /** Signs a new CRL with every revocation so far (and {@code newlyRevoked}, when not null), under the row lock. */
    private void publishCrl(BigInteger newlyRevoked) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        DemoAuthority ca = authority();
        transactions.executeWithoutResult(status -> {
            if (newlyRevoked != null) {
                jdbc.sql("insert into dsc_demo_revocation (serial_number, revoked_at) values (?, ?)")
                        .params(hex(newlyRevoked), Timestamp.from(now))
                        .update();
            }
            long number = jdbc.sql("select crl_number from dsc_demo_authority where id = ? for update")
                    .param(ID)
                    .query(Long.class)
                    .single();
            var revoked = new LinkedHashMap<BigInteger, Instant>();
            jdbc.sql("select serial_number, revoked_at from dsc_demo_revocation order by revoked_at")
                    .query((row, i) -> Map.entry(
                            new BigInteger(row.getString(1), 16),
                            row.getTimestamp(2).toInstant()))
                    .list()
                    .forEach(entry -> revoked.put(entry.getKey(), entry.getValue()));
            X509CRL crl = ca.crl(revoked, BigInteger.valueOf(number + 1), now);
            jdbc.sql("update dsc_demo_authority set crl = ?, crl_number = ? where id = ?")
                    .params(encoded(crl), number + 1, ID)
                    .update();
        });
    }

    private DemoAuthority load() {
        var stored = read();
        if (stored != null) {
            return stored;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        DemoAuthority created = DemoAuthority.generate(now);
        X509CRL crl = created.crl(Map.of(), BigInteger.ONE, now);
        try {
            transactions.executeWithoutResult(status -> jdbc.sql("""
                            insert into dsc_demo_authority (id, root_certificate, root_key, issuing_certificate,
                                issuing_key, untrusted_certificate, untrusted_key, crl, crl_number, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            ID,
                            encoded(created.root().certificate()),
                            created.root().privateKey().getEncoded(),
                            encoded(created.issuing().certificate()),
                            created.issuing().privateKey().getEncoded(),
                            encoded(created.untrusted().certificate()),
                            created.untrusted().privateKey().getEncoded(),
                            encoded(crl),
                            1L,
                            Timestamp.from(now))
                    .update());
            log.info("Created the demo CA: {}", created.root().certificate().getSubjectX500Principal());
            return created;
        } catch (DuplicateKeyException e) {
            // another instance created it at the same moment: use theirs
            return read();
        }
    }

    private DemoAuthority read() {
        return jdbc.sql("""
                        select root_certificate, root_key, issuing_certificate, issuing_key,
                            untrusted_certificate, untrusted_key
                        from dsc_demo_authority where id = ?""")
                .param(ID)
                .query((row, i) -> new DemoAuthority(
                        issued(row.getBytes(1), row.getBytes(2)),
                        issued(row.getBytes(3), row.getBytes(4)),
                        issued(row.getBytes(5), row.getBytes(6))))
                .optional()
                .orElse(null);
    }

    static String hex(BigInteger serial) {
        return serial.toString(16).toUpperCase(Locale.ROOT);
    }

    static IssuedCertificate issued(byte[] certificate, byte[] key) {
        return new IssuedCertificate(parseCertificate(certificate), parseKey(key));
    }

    static X509Certificate parseCertificate(byte[] der) {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored demo certificate cannot be read", e);
        }
    }

    static PrivateKey parseKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored demo key cannot be read", e);
        }
    }

    private static X509CRL parseCrl(byte[] der) {
        try {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored demo CRL cannot be read", e);
        }
    }

    static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] encoded(X509CRL crl) {
        try {
            return crl.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
