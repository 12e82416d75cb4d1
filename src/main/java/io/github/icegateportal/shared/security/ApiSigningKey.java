package io.github.icegateportal.shared.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The HMAC key of the API's bearer tokens, kept in the database (table {@code api_signing_key}): the first instance to
 * start makes it, every other reads it, so all instances accept each other's tokens. A second instance making one at
 * the same moment loses on the primary key and reads the winner's.
 */
final class ApiSigningKey {

    private static final int KEY_ID = 1;

    private ApiSigningKey() {}

    static SecretKey load(JdbcTemplate jdbc, Clock clock) {
        List<String> found = jdbc.queryForList("SELECT secret FROM api_signing_key WHERE id = ?", String.class, KEY_ID);
        if (found.isEmpty()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            try {
                jdbc.update(
                        "INSERT INTO api_signing_key (id, secret, created_at) VALUES (?, ?, ?)",
                        KEY_ID,
                        Base64.getEncoder().encodeToString(random),
                        Timestamp.from(clock.instant()));
            } catch (DuplicateKeyException anotherInstanceWasFirst) {
                // read below
            }
            found = jdbc.queryForList("SELECT secret FROM api_signing_key WHERE id = ?", String.class, KEY_ID);
        }
        return new SecretKeySpec(Base64.getDecoder().decode(found.get(0)), "HmacSHA256");
    }
}
