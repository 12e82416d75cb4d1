package io.github.icegateportal.notification;

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
 * Deletes messages delivered more than {@code portal.notification.retention} ago, batch by batch, once across all
 * instances. Messages still pending (new, or waiting for a retry after a failed attempt) are never deleted, however
 * old: they are the outbox's promise to deliver.
 */
@Component
class NotificationSweep {

    private static final Logger log = LoggerFactory.getLogger(NotificationSweep.class);

    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final NotificationProperties properties;
    private final Clock clock;

    NotificationSweep(JdbcTemplate jdbc, NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** {@link #sweep} on the schedule, on one instance: the lock stays taken for most of the interval. */
    @Scheduled(
            fixedDelayString = "${portal.notification.sweep-interval:PT1H}",
            initialDelayString = "${portal.notification.sweep-interval:PT1H}")
    @SchedulerLock(name = "notification-sweep", lockAtMostFor = "PT50M", lockAtLeastFor = "PT50M")
    void onSchedule() {
        sweep();
    }

    public void sweep() {
        deleteDelivered();
    }

    /** @return how many messages were deleted */
    int deleteDelivered() {
        Instant cutoff = clock.instant().minus(properties.retention());
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.update(
                    "DELETE FROM notification WHERE id IN (SELECT id FROM notification "
                            + "WHERE delivered_at < ? AND status = ? LIMIT " + BATCH + ")",
                    Timestamp.from(cutoff),
                    DeliveryStatus.SENT.name());
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            log.info("Deleted {} messages delivered before {}", total, cutoff);
        }
        return total;
    }
}
