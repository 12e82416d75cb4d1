package io.github.icegateportal.admin;

import java.time.Instant;
import java.util.List;

/** One line of the audit log, as recorded. */
record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String remoteAddress,
        String subject,
        String action,
        String details) {

    /**
     * The first words of the subjects the modules record ({@link io.github.icegateportal.shared.event.AuditableEvent}
     * and {@link AdminAudit}), each with the name of its label ({@code admin.audit.subject.<name>}); longest first.
     */
    private static final List<String[]> SUBJECT_KINDS = List.of(
            new String[] {"registration ", "registration"},
            new String[] {"bulk job ", "bulkJob"},
            new String[] {"directory ", "directory"},
            new String[] {"account ", "account"},
            new String[] {"import ", "import"},
            new String[] {"admin ", "admin"},
            new String[] {"GSTIN ", "gstin"},
            new String[] {"IEC ", "iec"},
            new String[] {"webhook ", "webhook"},
            new String[] {"API key ", "apiKey"},
            new String[] {"audit log", "auditLog"});

    /** The label's key of the action, {@code admin.audit.action.<ACTION>}; the page shows the code when it has none. */
    public String actionKey() {
        return "admin.audit.action." + action;
    }

    /** The label's key of the subject's kind ({@code admin.audit.subject.<kind>}), or null for a subject of no known kind. */
    public String subjectKey() {
        return SUBJECT_KINDS.stream()
                .filter(kind -> subject != null && subject.startsWith(kind[0]))
                .map(kind -> "admin.audit.subject." + kind[1])
                .findFirst()
                .orElse(null);
    }

    /** The subject without its kind: the reference, ID, IEC or name the label names. */
    public String subjectName() {
        return SUBJECT_KINDS.stream()
                .filter(kind -> subject != null && subject.startsWith(kind[0]))
                .map(kind -> subject.substring(kind[0].length()).strip())
                .findFirst()
                .orElse(subject);
    }
}
