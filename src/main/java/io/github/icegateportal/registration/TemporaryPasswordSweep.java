package io.github.icegateportal.registration;

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
 * Deletes temporary passwords (their digests) that expired more than {@code portal.temporary-password.retention}
 * ago, spent or not, batch by batch, once across all instances. {@link TemporaryPasswords#matches} never accepts an
 * expired one and a reissue inserts the row again, so a deleted row behaves exactly like an expired one.
 */
@Component
class TemporaryPasswordSweep {

    private static final Logger log = LoggerFactory.getLogger(TemporaryPasswordSweep.class);

    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TemporaryPasswordProperties properties;
    private final Clock clock;

    TemporaryPasswordSweep(JdbcTemplate jdbc, TemporaryPasswordProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** {@link #sweep} on the schedule, on one instance: the lock stays taken for most of the interval. */
    @Scheduled(
            fixedDelayString = "${portal.temporary-password.sweep-interval:PT1H}",
            initialDelayString = "${portal.temporary-password.sweep-interval:PT1H}")
    @SchedulerLock(name = "temporary-password-sweep", lockAtMostFor = "PT50M", lockAtLeastFor = "PT50M")
    void onSchedule() {
        sweep();
    }

    public void sweep() {
        deleteExpired();
    }

    /** @return how many temporary passwords were deleted */
    int deleteExpired() {
        Instant cutoff = clock.instant().minus(properties.retention());
        int total = 0;
        int deleted;
        do {
            // No single-column key: the batch is chosen by (iec, gstin) pairs, through the index on expires_at.
            deleted = jdbc.update(
                    "DELETE FROM temporary_password WHERE (iec, gstin) IN (SELECT iec, gstin FROM temporary_password "
                            + "WHERE expires_at < ? LIMIT " + BATCH + ")",
                    Timestamp.from(cutoff));
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            log.info("Deleted {} temporary passwords that expired before {}", total, cutoff);
        }
        return total;
    }
}
