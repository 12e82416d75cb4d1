package io.github.icegateportal.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin's start page: the overview of the queue and the latest audit entries. */
@Controller
class AdminHomeController {

    private final AuditLog auditLog;
    private final QueueStatistics statistics;

    AdminHomeController(AuditLog auditLog, QueueStatistics statistics) {
        this.auditLog = auditLog;
        this.statistics = statistics;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("overview", statistics.overview());
        model.addAttribute("latest", auditLog.latest(10));
        return "admin/home";
    }
}
