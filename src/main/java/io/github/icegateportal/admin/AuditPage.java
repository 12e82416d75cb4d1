package io.github.icegateportal.admin;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * One page of the audit log, newest first, found by keyset: the page after another starts below its last entry
 * ({@link Cursor}), so that any page costs what the first does, at a million entries as at ten, and no page counts
 * the whole log.
 *
 * @param entries the entries of this page
 * @param older where the next, older page starts, or null when there is none
 * @param first whether this is the newest page
 */
record AuditPage(List<AuditEntry> entries, Cursor older, boolean first) {

    /** Below this entry: its time and, among entries of the same time, its id. Written as {@code <instant>_<id>}. */
    record Cursor(Instant occurredAt, long id) {

        static Cursor after(AuditEntry entry) {
            return new Cursor(entry.occurredAt(), entry.id());
        }

        /** The cursor of an address, or none when the text is missing or not one (the newest page is shown then). */
        static Optional<Cursor> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            int split = text.lastIndexOf('_');
            try {
                return split < 0
                        ? Optional.empty()
                        : Optional.of(new Cursor(
                                Instant.parse(text.substring(0, split)), Long.parseLong(text.substring(split + 1))));
            } catch (DateTimeParseException | NumberFormatException ex) {
                return Optional.empty();
            }
        }

        public String token() {
            return occurredAt + "_" + id;
        }
    }
}
