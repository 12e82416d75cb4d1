package io.github.icegateportal.account;

import io.github.icegateportal.account.OfficeForms.SignatoryForm;
import io.github.icegateportal.shared.field.Pan;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * One issuing office on the admin side ({@code /admin/offices/{id}}): its signatories (add, remove), disable and enable,
 * and a new password shown once on the answer.
 */
@Controller
class AdminOfficeController {

    private final IssuingOffices offices;

    AdminOfficeController(IssuingOffices offices) {
        this.offices = offices;
    }

    @ModelAttribute("adminName")
    String adminName(Principal principal) {
        return principal == null ? "" : principal.getName();
    }

    @ModelAttribute("office")
    OfficeView office(@PathVariable long id) {
        return offices.byId(id).orElseThrow(() -> new UnknownOfficeException(id));
    }

    @GetMapping("/admin/offices/{id}")
    String initSignatoryForm(Model model) {
        model.addAttribute("form", SignatoryForm.empty());
        return "admin/office";
    }

    @PostMapping("/admin/offices/{id}")
    String processSignatoryForm(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SignatoryForm form,
            BindingResult result,
            Principal principal,
            HttpServletRequest request) {
        if (result.hasErrors()) {
            return "admin/office";
        }
        boolean added = offices.addSignatory(
                id,
                form.signatoryName().strip(),
                Pan.of(form.signatoryPan()),
                form.signatoryDesignation().strip(),
                principal.getName(),
                request.getRemoteAddr());
        if (!added) {
            result.rejectValue("signatoryPan", "office.admin.signatoryPan.known");
            return "admin/office";
        }
        return "redirect:/admin/offices/" + id;
    }

    @PostMapping("/admin/offices/{id}/signatories/{signatoryId}/remove")
    String removeSignatory(
            @PathVariable long id, @PathVariable long signatoryId, Principal principal, HttpServletRequest request) {
        offices.removeSignatory(id, signatoryId, principal.getName(), request.getRemoteAddr());
        return "redirect:/admin/offices/" + id;
    }

    @PostMapping("/admin/offices/{id}/disable")
    String disable(@PathVariable long id, Principal principal, HttpServletRequest request) {
        offices.setDisabled(id, true, principal.getName(), request.getRemoteAddr());
        return "redirect:/admin/offices/" + id;
    }

    @PostMapping("/admin/offices/{id}/enable")
    String enable(@PathVariable long id, Principal principal, HttpServletRequest request) {
        offices.setDisabled(id, false, principal.getName(), request.getRemoteAddr());
        return "redirect:/admin/offices/" + id;
    }

    @PostMapping("/admin/offices/{id}/password")
    String resetPassword(@PathVariable long id, Principal principal, HttpServletRequest request, Model model) {
        String password = offices.resetPassword(id, principal.getName(), request.getRemoteAddr());
        // Shown on this answer only, never stored in a session or put in an address.
        model.addAttribute("oneTimePassword", password);
        model.addAttribute("office", offices.byId(id).orElseThrow());
        model.addAttribute("form", SignatoryForm.empty());
        return "admin/office";
    }
}
