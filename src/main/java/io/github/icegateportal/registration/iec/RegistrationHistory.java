package io.github.icegateportal.registration.iec;

import io.github.icegateportal.registration.RegistrationDetail.HistoryEntry;
import io.github.icegateportal.registration.RegistrationEvent;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The steps of every registration (either route), written in the step's own transaction so that the history and
 * the registration never disagree; the reviewing admin reads it on the detail page.
 */
@Component
class RegistrationHistory {

    private final JdbcTemplate jdbc;

    RegistrationHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(RegistrationEvent event) {
        jdbc.update(
                "INSERT INTO registration_history (reference_number, occurred_at, action, actor, remote_address, details)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                event.referenceNumber(),
                Timestamp.from(event.occurredAt()),
                cut(event.action(), 60),
                cut(event.actor(), 100),
                cut(event.remoteAddress(), 64),
                cut(event.details(), 1000));
    }

    List<HistoryEntry> of(String referenceNumber) {
        return jdbc.query(
                "SELECT occurred_at, action, actor, details FROM registration_history"
                        + " WHERE reference_number = ? ORDER BY id",
                (row, n) -> new HistoryEntry(
                        row.getTimestamp("occurred_at").toInstant(),
                        row.getString("action"),
                        row.getString("actor"),
                        row.getString("details")),
                referenceNumber);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
