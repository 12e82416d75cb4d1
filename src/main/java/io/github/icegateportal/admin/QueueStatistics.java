package io.github.icegateportal.admin;

import io.github.icegateportal.registration.RegistrationApproved;
import io.github.icegateportal.registration.RegistrationEvent;
import io.github.icegateportal.registration.RegistrationRejected;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationSubmitted;
import io.github.icegateportal.shared.web.Show;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the overview's figures from the registration events (submitted, approved, rejected) in a table of its own
 * and offers them as Micrometer meters: {@code portal.admin.queue.pending}, {@code portal.admin.queue.overdue}
 * (gauges), {@code portal.admin.decisions} (counter by decision) and {@code portal.admin.decision.time} (timer with
 * the median).
 */
@Component
class QueueStatistics {

    private final JdbcTemplate jdbc;
    private final AdminProperties properties;
    private final Clock clock;
    private final Timer decisionTime;
    private final MeterRegistry meters;
    private final Show show;

    QueueStatistics(JdbcTemplate jdbc, AdminProperties properties, Clock clock, MeterRegistry meters, Show show) {
        this.show = show;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.decisionTime = Timer.builder("portal.admin.decision.time")
                .description("Time from submission to the admin's decision")
                .publishPercentiles(0.5)
                .register(meters);
        Gauge.builder("portal.admin.queue.pending", this, QueueStatistics::pending)
                .description("DSC registrations waiting for a decision")
                .register(meters);
        Gauge.builder("portal.admin.queue.overdue", this, QueueStatistics::overdue)
                .description("Pending DSC registrations older than the promise")
                .register(meters);
    }

    @ApplicationModuleListener
    void on(RegistrationSubmitted event) {
        if (event.route() != RegistrationRoute.DSC) {
            return;
        }
        jdbc.update(
                "INSERT INTO admin_decision_stat (reference_number, submitted_at) VALUES (?, ?)"
                        + " ON CONFLICT DO NOTHING",
                event.referenceNumber(),
                at(event.occurredAt()));
    }

    @ApplicationModuleListener
    void on(RegistrationApproved event) {
        decided(event, "APPROVED");
    }

    @ApplicationModuleListener
    void on(RegistrationRejected event) {
        decided(event, "REJECTED");
    }

    private void decided(RegistrationEvent event, String decision) {
        Instant submittedAt = jdbc
                .query(
                        "SELECT submitted_at FROM admin_decision_stat WHERE reference_number = ?",
                        (rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant(),
                        event.referenceNumber())
                .stream()
                .findFirst()
                .orElse(null);
        if (submittedAt == null) {
            // submitted before this table was kept: counted as decided at once
            submittedAt = event.occurredAt();
            jdbc.update(
                    "INSERT INTO admin_decision_stat (reference_number, submitted_at) VALUES (?, ?)"
                            + " ON CONFLICT DO NOTHING",
                    event.referenceNumber(),
                    at(submittedAt));
        }
        jdbc.update(
                "UPDATE admin_decision_stat SET decided_at = ?, decision = ?, decided_by = ? WHERE reference_number = ?",
                at(event.occurredAt()),
                decision,
                event.actor(),
                event.referenceNumber());
        decisionTime.record(Duration.between(submittedAt, event.occurredAt()));
        Counter.builder("portal.admin.decisions")
                .tag("decision", decision.toLowerCase(java.util.Locale.ROOT))
                .register(meters)
                .increment();
    }

    double pending() {
        Long count =
                jdbc.queryForObject("SELECT count(*) FROM admin_decision_stat WHERE decided_at IS NULL", Long.class);
        return count == null ? 0 : count;
    }

    double overdue() {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM admin_decision_stat WHERE decided_at IS NULL AND submitted_at < ?",
                Long.class,
                at(clock.instant().minus(properties.promise())));
        return count == null ? 0 : count;
    }

    @Transactional(readOnly = true)
    QueueOverview overview() {
        Instant now = clock.instant();
        LocalDate today = show.day(now);
        Map<LocalDate, long[]> days = new LinkedHashMap<>();
        for (int i = 0; i < 14; i++) {
            days.put(today.minusDays(i), new long[2]);
        }
        jdbc.query(
                "SELECT decided_at, decision FROM admin_decision_stat WHERE decided_at >= ?",
                rs -> {
                    LocalDate day =
                            show.day(rs.getObject(1, OffsetDateTime.class).toInstant());
                    long[] counts = days.get(day);
                    if (counts != null) {
                        counts["APPROVED".equals(rs.getString(2)) ? 0 : 1]++;
                    }
                },
                at(show.startOf(today.minusDays(13))));
        var perDay = new ArrayList<QueueOverview.DecisionsOnDay>();
        days.forEach((day, counts) -> {
            if (counts[0] + counts[1] > 0) {
                perDay.add(new QueueOverview.DecisionsOnDay(day, counts[0], counts[1]));
            }
        });
        List<Long> seconds = jdbc
                .queryForList(
                        "SELECT submitted_at, decided_at FROM admin_decision_stat WHERE decided_at >= ?",
                        at(now.minus(Duration.ofDays(30))))
                .stream()
                .map(row -> Duration.between(instant(row.get("submitted_at")), instant(row.get("decided_at")))
                        .toSeconds())
                .sorted()
                .toList();
        Duration median = seconds.isEmpty() ? null : Duration.ofSeconds(seconds.get(seconds.size() / 2));
        return new QueueOverview((long) pending(), (long) overdue(), perDay, median);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.Instant instant) {
            return instant;
        }
        throw new IllegalStateException("Not a time: " + value);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
