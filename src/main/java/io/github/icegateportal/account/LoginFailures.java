package io.github.icegateportal.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Failed logins counted in the database (so a lock-out holds across instances), keyed by the account for a known
 * ID or IEC and by the typed name for an unknown one: both lock out alike, so the lock-out tells nothing about
 * whether an ID exists.
 */
@Component
class LoginFailures {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LoginProperties properties;

    LoginFailures(JdbcTemplate jdbc, Clock clock, LoginProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** When the lock-out of {@code key} ends, if it is locked out now. */
    Optional<Instant> lockedUntil(String key) {
        List<Timestamp> until = jdbc.queryForList(
                "SELECT locked_until FROM login_failures WHERE login_key = ? AND locked_until > ?",
                Timestamp.class,
                key,
                Timestamp.from(clock.instant()));
        return until.stream().findFirst().map(Timestamp::toInstant);
    }

    /**
     * Counts a failure; failures older than the lock-out period are forgotten first.
     *
     * @return when the lock-out this failure started ends, if it started one
     */
    Optional<Instant> recordFailure(String key) {
        Instant now = clock.instant();
        jdbc.update(
                "INSERT INTO login_failures (login_key, failures, updated_at) VALUES (?, 0, ?) ON CONFLICT DO NOTHING",
                key,
                Timestamp.from(now));
        jdbc.update(
                "UPDATE login_failures SET failures = CASE WHEN updated_at < ? THEN 1 ELSE failures + 1 END, "
                        + "updated_at = ? WHERE login_key = ?",
                Timestamp.from(now.minus(properties.lockout())),
                Timestamp.from(now),
                key);
        Instant until = now.plus(properties.lockout());
        int locked = jdbc.update(
                "UPDATE login_failures SET failures = 0, locked_until = ? WHERE login_key = ? AND failures >= ?",
                Timestamp.from(until),
                key,
                properties.maxFailures());
        return locked == 1 ? Optional.of(until) : Optional.empty();
    }

    void clear(String key) {
        jdbc.update("DELETE FROM login_failures WHERE login_key = ?", key);
    }
}
