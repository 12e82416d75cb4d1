package io.github.icegateportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.PortalTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Completed event publications go after the retention; incomplete ones stay however old. */
@PortalTest
class EventPublicationSweepTests {

    @Autowired
    EventPublicationSweep sweep;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    private final List<UUID> inserted = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        // An incomplete publication of a made-up event must not be left for a later context to republish.
        inserted.forEach(id -> jdbc.update("DELETE FROM event_publication WHERE id = ?", id));
        clock.reset();
    }

    @Test
    void completedPublicationsGoAfterTheRetentionAndIncompleteOnesStay() {
        Duration retention = Duration.ofDays(7);
        Instant start = clock.instant();
        UUID completedLongAgo = insert(start, start.plusSeconds(1));
        UUID neverCompleted = insert(start, null);
        clock.advance(retention.minus(Duration.ofHours(1)));
        UUID completedLately = insert(clock.instant(), clock.instant());

        sweep.sweep();
        assertThat(remaining()).containsExactlyInAnyOrder(completedLongAgo, neverCompleted, completedLately);

        clock.advance(Duration.ofHours(1).plusSeconds(2));
        sweep.sweep();

        assertThat(remaining()).containsExactlyInAnyOrder(neverCompleted, completedLately);
        clock.advance(retention.multipliedBy(10));
        sweep.sweep();
        assertThat(remaining()).containsExactly(neverCompleted);
        // the scheduler's entry takes the cluster-wide lock; the work method above does not
        sweep.onSchedule();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM shedlock WHERE name = 'event-publication-sweep'", Long.class))
                .isEqualTo(1);
    }

    private UUID insert(Instant published, Instant completed) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, "
                        + "completion_date, status) VALUES (?, 'sweep-test-listener', 'sweep.test.Event', '{}', ?, ?, ?)",
                id,
                Timestamp.from(published),
                completed == null ? null : Timestamp.from(completed),
                completed == null ? "PUBLISHED" : "COMPLETED");
        inserted.add(id);
        return id;
    }

    private List<UUID> remaining() {
        return jdbc.queryForList("SELECT id FROM event_publication", UUID.class).stream()
                .filter(inserted::contains)
                .toList();
    }
}
