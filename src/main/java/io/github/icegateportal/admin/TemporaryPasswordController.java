package io.github.icegateportal.admin;

import static io.github.icegateportal.admin.FormFields.optional;
import static io.github.icegateportal.admin.FormFields.required;

import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Temporary passwords for simplified registration: for one IEC, or for every eligible holder in a bulk run. */
@Controller
class TemporaryPasswordController {

    private final TemporaryPasswordTools temporaryPasswords;
    private final ToolsPage page;

    TemporaryPasswordController(TemporaryPasswordTools temporaryPasswords, ToolsPage page) {
        this.temporaryPasswords = temporaryPasswords;
        this.page = page;
    }

    @PostMapping("/admin/tools/temporary-password")
    String processTemporaryPasswordForm(
            @Valid @ModelAttribute("tpForm") TemporaryPasswordForm form,
            BindingResult result,
            Principal principal,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Iec iec = required(form.iec(), Iec::of, "iec", result);
        Gstin gstin = optional(form.gstin(), Gstin::of, "gstin", result);
        if (result.hasErrors()) {
            return page.show(model);
        }
        var outcome = temporaryPasswords.issueOne(iec, gstin, principal.getName(), request.getRemoteAddr());
        redirect.addFlashAttribute("tpOutcome", outcome.name());
        redirect.addFlashAttribute("tpIec", iec.value());
        return "redirect:/admin/tools#temporary-passwords";
    }

    @PostMapping("/admin/tools/temporary-passwords/bulk")
    String startBulk(Principal principal, HttpServletRequest request) {
        var job = temporaryPasswords.startBulk(principal.getName(), request.getRemoteAddr());
        return "redirect:/admin/tools/temporary-passwords/bulk/" + job.id();
    }

    /** While the run goes on, the page asks the browser to load it again every three seconds (no script needed). */
    @GetMapping("/admin/tools/temporary-passwords/bulk/{id}")
    String bulkProgress(@PathVariable UUID id, Model model, HttpServletResponse response) {
        var job = ToolsPage.found(temporaryPasswords.find(id));
        return ToolsPage.progress(job, job.running(), "3", "admin/bulk", model, response);
    }

    @PostMapping("/admin/tools/temporary-passwords/bulk/{id}/stop")
    String stopBulk(@PathVariable UUID id, Principal principal, HttpServletRequest request) {
        temporaryPasswords.stopBulk(id, principal.getName(), request.getRemoteAddr());
        return "redirect:/admin/tools/temporary-passwords/bulk/" + id;
    }
}
