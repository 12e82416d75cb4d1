package io.github.icegateportal.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The audit log: read-only, filtered and paged, and as a CSV file written row by row. */
@Controller
class AuditLogController {

    static final int PAGE_SIZE = 50;

    private final AuditLog auditLog;
    private final AdminAudit audit;
    private final Clock clock;

    AuditLogController(AuditLog auditLog, AdminAudit audit, Clock clock) {
        this.auditLog = auditLog;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The actions the filter offers, each with its label: every code that has one ({@code admin.audit.action.<CODE>}
     * in messages.properties), read once. A code without a label can still be filtered by its address.
     */
    private static final List<String> ACTIONS = labelledActions();

    @ModelAttribute("auditActions")
    List<String> auditActions() {
        return ACTIONS;
    }

    private static List<String> labelledActions() {
        var bundle = new java.util.Properties();
        try (var in = AuditLogController.class.getResourceAsStream("/messages.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("messages.properties cannot be read", e);
        }
        String prefix = "admin.audit.action.";
        return bundle.stringPropertyNames().stream()
                .filter(key -> key.startsWith(prefix))
                .map(key -> key.substring(prefix.length()))
                .sorted()
                .toList();
    }

    @GetMapping("/admin/audit")
    String list(
            @ModelAttribute("filter") AuditFilter filter, @RequestParam(required = false) String before, Model model) {
        model.addAttribute("entries", auditLog.find(filter, AuditPage.Cursor.parse(before), PAGE_SIZE));
        return "admin/audit";
    }

    @GetMapping("/admin/audit.csv")
    ResponseEntity<StreamingResponseBody> export(
            @ModelAttribute("filter") AuditFilter filter, Principal principal, HttpServletRequest request) {
        audit.record(
                principal.getName(),
                request.getRemoteAddr(),
                "audit log",
                "AUDIT_EXPORTED",
                "Audit log exported as CSV");
        String name = "audit-" + LocalDate.now(clock) + ".csv";
        return Csv.attachment(name, csv -> {
            csv.write("id", "occurredAt", "actor", "remoteAddress", "subject", "action", "details");
            auditLog.forEach(
                    filter,
                    entry -> csv.write(
                            Long.toString(entry.id()),
                            entry.occurredAt().toString(),
                            entry.actor(),
                            entry.remoteAddress(),
                            entry.subject(),
                            entry.action(),
                            entry.details()));
        });
    }
}
