package io.github.icegateportal.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the account module's rows that can no longer be used, once across all instances: login OTP steps,
 * password resets and contact changes that expired more than {@code portal.account.retention} ago (every page
 * reads them only while {@code expires_at} lies ahead, so a deleted row behaves exactly like an expired one), and
 * failed-login counters that stopped counting that long ago (no lock-out running, the failures older than the
 * lock-out period, so the next failure would start from one anyway). Batch by batch, each in its own statement.
 */
@Component
class AccountFlowSweep {

    private static final Logger log = LoggerFactory.getLogger(AccountFlowSweep.class);

    static final int BATCH = 500;

    private static final String[] FLOW_TABLES = {"login_challenges", "password_resets", "contact_changes"};

    private final JdbcTemplate jdbc;
    private final AccountFlowProperties properties;
    private final LoginProperties login;
    private final Clock clock;

    AccountFlowSweep(JdbcTemplate jdbc, AccountFlowProperties properties, LoginProperties login, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.login = login;
        this.clock = clock;
    }

    /** {@link #sweep} on the schedule, on one instance: the lock stays taken for most of the interval. */
    @Scheduled(
            fixedDelayString = "${portal.account.sweep-interval:PT1H}",
            initialDelayString = "${portal.account.sweep-interval:PT1H}")
    @SchedulerLock(name = "account-sweep", lockAtMostFor = "PT50M", lockAtLeastFor = "PT50M")
    void onSchedule() {
        sweep();
    }

    public void sweep() {
        deleteExpired();
    }

    /** @return how many rows were deleted */
    int deleteExpired() {
        Instant cutoff = clock.instant().minus(properties.retention());
        int total = 0;
        for (String table : FLOW_TABLES) {
            // The table names are constants; the ids of one batch are chosen by the index on expires_at.
            total += inBatches(
                    table,
                    "DELETE FROM " + table + " WHERE id IN (SELECT id FROM " + table + " WHERE expires_at < ? LIMIT "
                            + BATCH + ")",
                    Timestamp.from(cutoff));
        }
        total += inBatches(
                "login_failures",
                "DELETE FROM login_failures WHERE login_key IN (SELECT login_key FROM login_failures "
                        + "WHERE updated_at < ? AND (locked_until IS NULL OR locked_until < ?) LIMIT " + BATCH + ")",
                Timestamp.from(cutoff.minus(login.lockout())),
                Timestamp.from(cutoff));
        return total;
    }

    private int inBatches(String table, String delete, Object... parameters) {
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.update(delete, parameters);
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            log.info("Deleted {} rows of {} no longer of use", total, table);
        }
        return total;
    }
}
