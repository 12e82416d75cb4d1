package io.github.icegateportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.shared.security.LoginLockout;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.PortalTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The account module's sweep: rows that can no longer be used go, the others stay. */
@PortalTest
class AccountFlowSweepTests {

    @Autowired
    AccountFlowSweep sweep;

    @Autowired
    AccountFlowProperties properties;

    @Autowired
    LoginProperties login;

    @Autowired
    LoginLockout failures;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void flowRowsGoOnlyOnceTheyExpiredLongerAgoThanTheRetention() {
        long account = newAccount();
        Instant now = clock.instant();
        Instant longExpired = now.minus(properties.retention()).minusSeconds(1);
        Instant recentlyExpired = now.minus(properties.retention()).plusSeconds(60);
        Instant open = now.plus(Duration.ofHours(2));
        for (String table : new String[] {"login_challenges", "password_resets", "contact_changes"}) {
            UUID gone = insert(table, account, longExpired, false);
            UUID goneThoughCompleted = insert(table, account, longExpired, true);
            UUID stays = insert(table, account, recentlyExpired, false);
            UUID completedStays = insert(table, account, open, true);
            UUID openStays = insert(table, account, open, false);

            sweep.sweep();

            assertThat(ids(table, gone, goneThoughCompleted, stays, completedStays, openStays))
                    .as(table)
                    .containsExactlyInAnyOrder(stays, completedStays, openStays);
        }
        // the scheduler's entry takes the cluster-wide lock; the work method above does not
        sweep.onSchedule();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM shedlock WHERE name = 'account-sweep'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void movingTheClockPastTheRetentionLetsTheSweepTakeTheRest() {
        long account = newAccount();
        UUID challenge = insert("login_challenges", account, clock.instant().plus(Duration.ofHours(2)), false);

        sweep.deleteExpired();
        assertThat(ids("login_challenges", challenge)).containsExactly(challenge);

        clock.advance(Duration.ofHours(2).plus(properties.retention()).plusSeconds(1));
        sweep.deleteExpired();
        assertThat(ids("login_challenges", challenge)).isEmpty();
    }

    @Test
    void failedLoginCountersGoOnlyWhenTheyNoLongerCount() {
        String idle = "sweep-test-idle-" + UUID.randomUUID();
        String locked = "sweep-test-locked-" + UUID.randomUUID();
        failures.reserve(idle, login.maxFailures(), login.lockout());
        for (int i = 0; i < login.maxFailures(); i++) {
            failures.reserve(locked, login.maxFailures(), login.lockout());
        }
        assertThat(failures.lockedUntil(locked)).isPresent();

        // Just past the lock-out: neither counts any more, but both are within the retention.
        clock.advance(login.lockout().plusSeconds(1));
        sweep.deleteExpired();
        assertThat(keys(idle, locked)).containsExactlyInAnyOrder(idle, locked);

        // A failure now keeps its counter alive; the others stopped counting longer ago than the retention.
        String fresh = "sweep-test-fresh-" + UUID.randomUUID();
        clock.advance(properties.retention());
        failures.reserve(fresh, login.maxFailures(), login.lockout());
        sweep.deleteExpired();
        assertThat(keys(idle, locked, fresh)).containsExactly(fresh);
    }

    @Test
    void aRunningLockOutIsNeverSweptHowEverOldItsLastFailure() {
        String locked = "sweep-test-long-lock-" + UUID.randomUUID();
        // A lock-out that ends long after its last failure (a lock-out period set longer than the retention).
        jdbc.update(
                "INSERT INTO login_failures (login_key, failures, locked_until, updated_at) VALUES (?, 0, ?, ?)",
                locked,
                Timestamp.from(clock.instant().plus(Duration.ofMinutes(5))),
                Timestamp.from(clock.instant().minus(properties.retention().multipliedBy(3))));

        sweep.deleteExpired();

        assertThat(keys(locked)).containsExactly(locked);
        assertThat(failures.lockedUntil(locked)).isPresent();
    }

    private long newAccount() {
        NewAccount request = TestAccounts.newAccount("Sweep");
        accounts.openSimplified(request);
        return jdbc.queryForObject(
                "SELECT id FROM accounts WHERE icegate_id = ?",
                Long.class,
                request.icegateId().value());
    }

    private UUID insert(String table, long account, Instant expiresAt, boolean completed) {
        UUID id = UUID.randomUUID();
        Timestamp created = Timestamp.from(expiresAt.minus(Duration.ofHours(2)));
        Timestamp completedAt = completed ? created : null;
        switch (table) {
            case "login_challenges" ->
                jdbc.update(
                        "INSERT INTO login_challenges (id, account_id, created_at, expires_at, completed_at) "
                                + "VALUES (?, ?, ?, ?, ?)",
                        id,
                        account,
                        created,
                        Timestamp.from(expiresAt),
                        completedAt);
            case "password_resets" ->
                jdbc.update(
                        "INSERT INTO password_resets (id, account_id, typed_name, wrong_tries, created_at, expires_at, "
                                + "completed_at) VALUES (?, ?, 'someone', 0, ?, ?, ?)",
                        id,
                        account,
                        created,
                        Timestamp.from(expiresAt),
                        completedAt);
            default ->
                jdbc.update(
                        "INSERT INTO contact_changes (id, account_id, channel, new_value, created_at, expires_at, "
                                + "completed_at) VALUES (?, ?, 'EMAIL', 'new@example.in', ?, ?, ?)",
                        id,
                        account,
                        created,
                        Timestamp.from(expiresAt),
                        completedAt);
        }
        return id;
    }

    private java.util.List<UUID> ids(String table, UUID... ids) {
        return jdbc.queryForList("SELECT id FROM " + table, UUID.class).stream()
                .filter(java.util.List.of(ids)::contains)
                .toList();
    }

    private java.util.List<String> keys(String... keys) {
        return jdbc.queryForList("SELECT login_key FROM login_failures", String.class).stream()
                .filter(java.util.List.of(keys)::contains)
                .toList();
    }
}
