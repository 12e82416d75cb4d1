package io.github.icegateportal.admin;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of admins: add one (with a one-time password to hand over), disable and enable again. */
@Controller
class AdminUsersController {

    private final AdminAccounts accounts;

    AdminUsersController(AdminAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/admins")
    String initAdminsForm(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewAdminForm(""));
        }
        model.addAttribute("admins", accounts.all());
        return "admin/admins";
    }

    @PostMapping("/admin/admins")
    String processAdminsForm(
            @Valid @ModelAttribute("form") NewAdminForm form,
            BindingResult result,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        if (!result.hasErrors()) {
            var password = accounts.add(form.username(), principal.getName(), request.getRemoteAddr());
            if (password.isPresent()) {
                // Shown on this answer, not carried through the session to a redirect: admins added at once from
                // two tabs of one session each see their own one-time password (a reload is refused as a taken name).
                model.addAttribute("addedUsername", AdminAccounts.normalise(form.username()));
                model.addAttribute("addedPassword", password.get());
                model.addAttribute("form", new NewAdminForm(""));
                model.addAttribute("admins", accounts.all());
                return "admin/admins";
            }
            result.rejectValue("username", "admin.admins.usernameTaken");
        }
        model.addAttribute("admins", accounts.all());
        return "admin/admins";
    }

    @PostMapping("/admin/admins/{id}/disable")
    String disable(
            @PathVariable long id, Principal principal, HttpServletRequest request, RedirectAttributes redirect) {
        if (!accounts.disable(id, principal.getName(), request.getRemoteAddr())) {
            redirect.addFlashAttribute("refused", "admin.admins.cannotDisable");
        }
        return "redirect:/admin/admins";
    }

    @PostMapping("/admin/admins/{id}/enable")
    String enable(@PathVariable long id, Principal principal, HttpServletRequest request) {
        accounts.enable(id, principal.getName(), request.getRemoteAddr());
        return "redirect:/admin/admins";
    }
}
