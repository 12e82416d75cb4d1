package io.github.icegateportal.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes Spring Modulith's event publications completed more than {@code portal.events.retention} ago, batch by
 * batch, once across all instances. The registry keeps a publication until every listener handled the event;
 * afterwards nothing reads it (only incomplete ones are republished), yet it holds the serialised event, personal
 * data included, one row per event and listener. Incomplete publications are never deleted. Deleted in SQL rather
 * than through {@code CompletedEventPublications.deletePublicationsOlderThan}, which deletes all in one statement.
 */
@Component
class EventPublicationSweep {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationSweep.class);

    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final Duration retention;
    private final Clock clock;

    EventPublicationSweep(JdbcTemplate jdbc, @Value("${portal.events.retention:P7D}") Duration retention, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = clock;
    }

    /** {@link #sweep} on the schedule, on one instance: the lock stays taken for most of the interval. */
    @Scheduled(
            fixedDelayString = "${portal.events.sweep-interval:PT1H}",
            initialDelayString = "${portal.events.sweep-interval:PT1H}")
    @SchedulerLock(name = "event-publication-sweep", lockAtMostFor = "PT50M", lockAtLeastFor = "PT50M")
    void onSchedule() {
        sweep();
    }

    public void sweep() {
        deleteCompleted();
    }

    /** @return how many publications were deleted */
    int deleteCompleted() {
        Instant cutoff = clock.instant().minus(retention);
        int total = 0;
        int deleted;
        do {
            // Through the index on completion_date (V1); an incomplete publication has none.
            deleted = jdbc.update(
                    "DELETE FROM event_publication WHERE id IN (SELECT id FROM event_publication "
                            + "WHERE completion_date < ? LIMIT " + BATCH + ")",
                    Timestamp.from(cutoff));
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            log.info("Deleted {} event publications completed before {}", total, cutoff);
        }
        return total;
    }
}
