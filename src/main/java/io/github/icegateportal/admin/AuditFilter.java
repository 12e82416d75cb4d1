package io.github.icegateportal.admin;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the audit page is narrowed to; every part optional. The actor matches exactly, the action without regard to case,
 * the subject matches any part, dates are whole days in UTC, both ends included.
 */
record AuditFilter(
        String actor,
        String action,
        String subject,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    static boolean has(String value) {
        return value != null && !value.isBlank();
    }
}
