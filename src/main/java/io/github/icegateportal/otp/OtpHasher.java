package io.github.icegateportal.otp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keyed hashes (HMAC-SHA256) of codes. The key is this installation's own: made from a secure random source
 * the first time a code is hashed and kept in the database, so every instance shares it and none is in the
 * repository. A code's hash is bound to its owner and channel, so equal codes never give equal hashes.
 */
@Component
class OtpHasher {

    private static final String ALGORITHM = "HmacSHA256";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final SecureRandom random;
    private final Clock clock;
    private volatile SecretKeySpec key;

    OtpHasher(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.random = new SecureRandom();
        this.clock = clock;
    }

    String hash(String owner, String channel, String code) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            mac.update((owner + '\n' + channel + '\n' + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Constant-time comparison of a stored hash with the hash of a code. */
    boolean matches(String storedHash, String owner, String channel, String code) {
        return MessageDigest.isEqual(
                storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(owner, channel, code).getBytes(StandardCharsets.US_ASCII));
    }

    private SecretKeySpec key() {
        var current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(loadOrCreateSecret(), ALGORITHM);
                }
                current = key;
            }
        }
        return current;
    }

    /** In a transaction of its own, so that a caller's rollback never takes the secret with it. */
    private byte[] loadOrCreateSecret() {
        return ownTransaction.execute(status -> {
            var stored = readSecret();
            if (stored != null) {
                return stored;
            }
            var secret = new byte[32];
            random.nextBytes(secret);
            // Another instance may have been first: its secret wins, and everyone reads the stored one.
            jdbc.sql("INSERT INTO otp_secret (id, secret, created_at) VALUES (1, ?, ?) ON CONFLICT DO NOTHING")
                    .params(secret, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
            return readSecret();
        });
    }

    private byte[] readSecret() {
        return jdbc.sql("SELECT secret FROM otp_secret WHERE id = 1")
                .query(byte[].class)
                .optional()
                .orElse(null);
    }
}
