package io.github.icegateportal.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One line of the audit log, as recorded. */
record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String remoteAddress,
        String subject,
        String action,
        String details) {

    /** To the second, unlike the rest of the pages ({@code Show}): an audit trail orders events close together. */
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String when() {
        return WHEN.format(occurredAt);
    }
}
