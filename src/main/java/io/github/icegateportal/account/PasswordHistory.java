package io.github.icegateportal.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The hashes of each account's last passwords, so that a new password is not one of the last {@value #KEPT}. */
@Component
class PasswordHistory {

    static final int KEPT = 5;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    PasswordHistory(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    void remember(long accountId, String passwordHash, Instant now) {
        jdbc.update(
                "INSERT INTO password_history (account_id, password_hash, created_at) VALUES (?, ?, ?)",
                accountId,
                passwordHash,
                Timestamp.from(now));
        jdbc.update(
                "DELETE FROM password_history WHERE account_id = ? AND id NOT IN "
                        + "(SELECT id FROM password_history WHERE account_id = ? ORDER BY created_at DESC, id DESC LIMIT ?)",
                accountId,
                accountId,
                KEPT);
    }

    /** Whether {@code rawPassword} is one of the account's last {@value #KEPT} passwords (the current one included). */
    boolean isRecent(long accountId, String rawPassword) {
        List<String> hashes = jdbc.queryForList(
                "SELECT password_hash FROM password_history WHERE account_id = ? ORDER BY created_at DESC, id DESC LIMIT ?",
                String.class,
                accountId,
                KEPT);
        return hashes.stream().anyMatch(hash -> passwordEncoder.matches(rawPassword, hash));
    }
}
