package io.github.icegateportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.Outbox;
import io.github.icegateportal.support.PortalTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Delivered messages go once they are older than the retention; messages not delivered stay, however old. */
@PortalTest
class NotificationSweepTests {

    @Autowired
    NotificationSweep sweep;

    @Autowired
    NotificationProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvcTester mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void deliveredMessagesOlderThanTheRetentionGoAndTheOthersStay() {
        String recipient = "sweep." + UUID.randomUUID().toString().substring(0, 8) + "@example.in";
        Instant start = clock.instant();
        record("delivered long ago", recipient, start, DeliveryStatus.SENT);
        record("never delivered", recipient, start, DeliveryStatus.PENDING);
        clock.advance(properties.retention().minus(Duration.ofHours(1)));
        record("delivered lately", recipient, clock.instant(), DeliveryStatus.SENT);

        // Within the retention nothing goes.
        sweep.sweep();
        assertThat(subjects(recipient)).containsExactly("delivered lately", "never delivered", "delivered long ago");

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        sweep.sweep();

        assertThat(subjects(recipient)).containsExactly("delivered lately", "never delivered");
        assertThat(new Outbox(mvc).to(recipient))
                .extracting(Outbox.Message::subject)
                .containsExactly("delivered lately", "never delivered");
        // the scheduler's entry takes the cluster-wide lock; the work method above does not
        sweep.onSchedule();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM shedlock WHERE name = 'notification-sweep'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void aMessageWhoseDeliveryKeepsFailingIsKeptForever() {
        String recipient = "sweep." + UUID.randomUUID().toString().substring(0, 8) + "@example.in";
        record("retried for months", recipient, clock.instant(), DeliveryStatus.PENDING);
        jdbc.update("UPDATE notification SET attempts = 40, last_error = 'SMTP down' WHERE recipient = ?", recipient);

        clock.advance(properties.retention().multipliedBy(4));
        sweep.deleteDelivered();

        assertThat(subjects(recipient)).containsExactly("retried for months");
    }

    private void record(String subject, String recipient, Instant at, DeliveryStatus status) {
        boolean sent = status == DeliveryStatus.SENT;
        jdbc.update(
                "INSERT INTO notification (channel, recipient, subject, body, created_at, status, attempts, "
                        + "next_attempt_at, delivered_at, version) VALUES ('EMAIL', ?, ?, 'text', ?, ?, ?, ?, ?, 0)",
                recipient,
                subject,
                Timestamp.from(at),
                status.name(),
                sent ? 1 : 0,
                sent ? null : Timestamp.from(at.plus(Duration.ofDays(3650))),
                sent ? Timestamp.from(at) : null);
    }

    private List<String> subjects(String recipient) {
        return jdbc.queryForList(
                "SELECT subject FROM notification WHERE recipient = ? ORDER BY id DESC", String.class, recipient);
    }
}
