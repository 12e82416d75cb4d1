package io.github.icegateportal.shared.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lock-out after failed password checks, counted in the database (table {@code login_failures}) so that it holds
 * across instances: the exporters' login, the admins' login and the change-password form use it, each with keys of
 * its own ({@code account:<ID>}, {@code admin-login:<name>}, {@code current-password:<ID>}).
 *
 * <p>An attempt is <em>reserved</em> before the password is hashed, in one conditional {@code UPDATE} that counts it
 * only while the key is below its limit. So at most {@code maxFailures} checks of a key can be under way or done
 * within the period, however many arrive at once and on whatever instance; the one that reaches the limit sets the
 * lock-out, which its own right password lifts again. A right password clears the count ({@link #clear}); a wrong one
 * needs nothing more, as its attempt was counted when it was reserved.
 */
@Component
public class LoginLockout {

    /**
     * The count starts afresh when the last attempt is older than the period or the lock-out has ended; otherwise one
     * more. (Every right-hand side of an UPDATE reads the row as it was, in H2 and PostgreSQL alike; PostgreSQL needs
     * the type of the lock-out's time spelled out, as a parameter in a CASE would be text.)
     */
    private static final String FRESH = "(updated_at < ? OR locked_until <= ?)";

    private static final String RESERVE = "UPDATE login_failures SET "
            + "failures = CASE WHEN " + FRESH + " THEN 1 ELSE failures + 1 END, "
            + "locked_until = CASE WHEN (CASE WHEN " + FRESH
            + " THEN 1 ELSE failures + 1 END) >= ? THEN CAST(? AS TIMESTAMP WITH TIME ZONE) END, "
            + "updated_at = ? "
            + "WHERE login_key = ? AND (locked_until IS NULL OR locked_until <= ?) "
            + "AND (" + FRESH + " OR failures < ?)";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public LoginLockout(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The answer to a reservation.
     *
     * @param refused true when the key is locked out: check no password
     * @param lockedUntil when the lock-out ends: for a refused attempt, the running one; for a reserved attempt, the
     *     one it started (it was the last allowed), which stands if its password is wrong; otherwise null
     * @param failures the attempts counted for the key within the period, this one included (0 when refused)
     */
    public record Attempt(boolean refused, Instant lockedUntil, int failures) {

        /**
         * How many more attempts the key has within the period if this one's password turns out wrong: 1 means the
         * next wrong one locks it out.
         */
        public int triesLeftIfWrong(int maxFailures) {
            return refused ? 0 : Math.max(0, maxFailures - failures);
        }

        /** When the lock-out ends if this attempt's password turns out wrong (or it was refused). */
        public Optional<Instant> lockedIfWrong() {
            return Optional.ofNullable(lockedUntil);
        }
    }

    /**
     * Counts one attempt for {@code key} before its password is checked, unless the key is locked out.
     *
     * @param maxFailures attempts within {@code period} that lock the key out
     * @param period the window in which attempts count, and how long a lock-out lasts
     */
    public Attempt reserve(String key, int maxFailures, Duration period) {
        for (int tries = 0; ; tries++) {
            // Milliseconds, which every database keeps exactly, so the lock-out this attempt set is found by its time.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Timestamp at = Timestamp.from(now);
            Timestamp windowStart = Timestamp.from(now.minus(period));
            Timestamp until = Timestamp.from(now.plus(period));
            insertIfAbsent(key, at);
            int reserved = jdbc.update(
                    RESERVE,
                    windowStart,
                    at,
                    windowStart,
                    at,
                    maxFailures,
                    until,
                    at,
                    key,
                    at,
                    windowStart,
                    at,
                    maxFailures);
            if (reserved == 1) {
                List<Attempt> counted = jdbc.query(
                        "SELECT failures, CASE WHEN locked_until = ? THEN 1 ELSE 0 END AS locked "
                                + "FROM login_failures WHERE login_key = ?",
                        (row, n) -> new Attempt(
                                false, row.getInt("locked") == 1 ? until.toInstant() : null, row.getInt("failures")),
                        until,
                        key);
                // Gone already (a right password cleared it at once): this attempt was the first of a fresh count.
                return counted.isEmpty() ? new Attempt(false, null, 1) : counted.get(0);
            }
            Optional<Instant> running = lockedUntil(key);
            if (running.isPresent()) {
                return new Attempt(true, running.get(), 0);
            }
            // The row went between the insert and the update (a right password cleared it): try again.
            if (tries >= 3) {
                throw new IllegalStateException("Could not count a login attempt for " + key);
            }
        }
    }

    /** When the lock-out of {@code key} ends, if it is locked out now. */
    public Optional<Instant> lockedUntil(String key) {
        List<Timestamp> until = jdbc.queryForList(
                "SELECT locked_until FROM login_failures WHERE login_key = ? AND locked_until > ?",
                Timestamp.class,
                key,
                Timestamp.from(clock.instant()));
        return until.stream().findFirst().map(Timestamp::toInstant);
    }

    /** Forgets the attempts of {@code key} (after a right password). */
    public void clear(String key) {
        jdbc.update("DELETE FROM login_failures WHERE login_key = ?", key);
    }

    private void insertIfAbsent(String key, Timestamp at) {
        try {
            jdbc.update(
                    "INSERT INTO login_failures (login_key, failures, updated_at) VALUES (?, 0, ?) "
                            + "ON CONFLICT DO NOTHING",
                    key,
                    at);
        } catch (DuplicateKeyException ex) {
            // Inserted at the same moment by another attempt (H2 may say so instead of doing nothing): it is there.
        }
    }
}
