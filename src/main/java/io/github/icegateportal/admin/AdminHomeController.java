package io.github.icegateportal.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin's start page: the overview of the queue and the latest audit entries. */
@Controller
class AdminHomeController {

    private final AuditLog auditLog;

    AdminHomeController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("latest", auditLog.latest(10));
        return "admin/home";
    }
}
