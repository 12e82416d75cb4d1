package io.github.icegateportal.admin;

import io.github.icegateportal.shared.event.AuditableEvent;
import io.github.icegateportal.shared.web.Show;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log: every {@link AuditableEvent} of every module becomes one row. The portal has no way to
 * change or delete a row; it only appends and reads.
 */
@Component
class AuditLog {

    private static final String COLUMNS = "id, occurred_at, actor, remote_address, subject, action, details";

    private final JdbcTemplate jdbc;

    private final Show show;

    AuditLog(JdbcTemplate jdbc, Show show) {
        this.jdbc = jdbc;
        this.show = show;
    }

    @ApplicationModuleListener
    void on(AuditableEvent event) {
        jdbc.update(
                "INSERT INTO audit_entry (occurred_at, actor, remote_address, subject, action, details)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                event.occurredAt().atOffset(ZoneOffset.UTC),
                clip(orDash(event.actor()), 100),
                event.remoteAddress() == null ? null : clip(event.remoteAddress(), 64),
                clip(orDash(event.subject()), 200),
                clip(orDash(event.action()), 64),
                clip(orDash(event.details()), 2000));
    }

    /**
     * One page, newest first, below the cursor when there is one: read by keyset (the index on time and id), never
     * with an offset, and without counting the matches.
     */
    @Transactional(readOnly = true)
    AuditPage find(AuditFilter filter, Optional<AuditPage.Cursor> before, int size) {
        var where = new StringBuilder();
        var args = new ArrayList<Object>();
        where(filter, where, args);
        before.ifPresent(cursor -> {
            where.append(where.isEmpty() ? " WHERE " : " AND ")
                    .append("(occurred_at < ? OR (occurred_at = ? AND id < ?))");
            var at = cursor.occurredAt().atOffset(ZoneOffset.UTC);
            args.add(at);
            args.add(at);
            args.add(cursor.id());
        });
        args.add(size + 1);
        List<AuditEntry> rows = jdbc.query(
                "SELECT " + COLUMNS + " FROM audit_entry" + where + " ORDER BY occurred_at DESC, id DESC LIMIT ?",
                (rs, n) -> entry(rs),
                args.toArray());
        if (rows.size() <= size) {
            return new AuditPage(rows, null, before.isEmpty());
        }
        var page = rows.subList(0, size);
        return new AuditPage(List.copyOf(page), AuditPage.Cursor.after(page.get(size - 1)), before.isEmpty());
    }

    /** Streams every matching entry, oldest first, without holding them all in memory. */
    @Transactional(readOnly = true)
    void forEach(AuditFilter filter, Consumer<AuditEntry> consumer) {
        var where = new StringBuilder();
        var args = new ArrayList<Object>();
        where(filter, where, args);
        var streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(500);
        streaming.query(
                "SELECT " + COLUMNS + " FROM audit_entry" + where + " ORDER BY occurred_at, id",
                (RowCallbackHandler) rs -> consumer.accept(entry(rs)),
                args.toArray());
    }

    @Transactional(readOnly = true)
    List<AuditEntry> latest(int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM audit_entry ORDER BY occurred_at DESC, id DESC LIMIT ?",
                (rs, n) -> entry(rs),
                limit);
    }

    private void where(AuditFilter filter, StringBuilder where, List<Object> args) {
        var conditions = new ArrayList<String>();
        if (AuditFilter.has(filter.actor())) {
            conditions.add("actor = ?");
            args.add(filter.actor().strip());
        }
        if (AuditFilter.has(filter.action())) {
            conditions.add("action = ?");
            args.add(filter.action().strip().toUpperCase(Locale.ROOT));
        }
        if (AuditFilter.has(filter.subject())) {
            conditions.add("lower(subject) LIKE ? ESCAPE '\\'");
            args.add("%" + likeEscape(filter.subject().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= ?");
            args.add(show.startOf(filter.from()).atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < ?");
            args.add(show.startOf(filter.to().plusDays(1)).atOffset(ZoneOffset.UTC));
        }
        if (!conditions.isEmpty()) {
            where.append(" WHERE ").append(String.join(" AND ", conditions));
        }
    }

    private static String likeEscape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("remote_address"),
                rs.getString("subject"),
                rs.getString("action"),
                rs.getString("details"));
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
