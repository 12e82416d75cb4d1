package io.github.icegateportal.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys an admin issues ({@code /admin/api-keys}) so that software can drive the anonymous registration steps and
 * the login through the API without solving the captcha a person gets ({@code X-Api-Key} header, scope
 * {@value #REGISTRATION}). Every other rule still holds: rate limits, lock-out, the flows' checks. Only the key's
 * SHA-256 is stored (a key is 32 random bytes, so a plain digest is enough to make a stolen table useless); a revoked
 * key stops at once.
 */
@Service
public class ApiKeys {

    /** The header a client sends its key in. */
    public static final String HEADER = "X-Api-Key";

    /** The scope of the registration steps and the login. */
    public static final String REGISTRATION = "registration";

    /** An issued key as the admin page lists it (never the key). */
    public record IssuedKey(
            long id,
            String prefix,
            String label,
            String scope,
            String createdBy,
            Instant createdAt,
            Instant lastUsedAt,
            Instant revokedAt) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Issues a key with {@code scope}; returns the key, to be shown once. */
    @Transactional
    public String issue(String label, String scope, String admin) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String key = "igk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update(
                "INSERT INTO api_key (key_hash, key_prefix, label, scope, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                digest(key),
                key.substring(0, 10),
                label,
                scope,
                admin,
                Timestamp.from(clock.instant()));
        return key;
    }

    /** Revokes a key; returns false when there is no such key or it was revoked already. */
    @Transactional
    public boolean revoke(long id) {
        return jdbc.update(
                        "UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                        Timestamp.from(clock.instant()),
                        id)
                > 0;
    }

    @Transactional(readOnly = true)
    public List<IssuedKey> all() {
        return jdbc.query(
                "SELECT id, key_prefix, label, scope, created_by, created_at, last_used_at, revoked_at FROM api_key"
                        + " ORDER BY id",
                (row, n) -> new IssuedKey(
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getTimestamp(6).toInstant(),
                        instant(row.getTimestamp(7)),
                        instant(row.getTimestamp(8))));
    }

    /** Whether the request carries a key of {@code scope} that is not revoked (and records its use). */
    @Transactional
    public boolean allows(HttpServletRequest request, String scope) {
        String key = request.getHeader(HEADER);
        if (key == null || key.isBlank() || key.length() > 100) {
            return false;
        }
        return jdbc.update(
                        "UPDATE api_key SET last_used_at = ? WHERE key_hash = ? AND scope = ? AND revoked_at IS NULL",
                        Timestamp.from(clock.instant()),
                        digest(key.strip()),
                        scope)
                > 0;
    }

    private static String digest(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
