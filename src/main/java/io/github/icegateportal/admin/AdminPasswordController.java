package io.github.icegateportal.admin;

import io.github.icegateportal.shared.field.PasswordPolicy;
import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.shared.web.RateLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Change of the signed-in admin's password; the first admin with a logged password is sent here first. The admin's
 * other sessions end with the old password.
 */
@Controller
class AdminPasswordController {

    private final AdminAccounts accounts;
    private final AdminSessions sessions;
    private final RateLimits rateLimits;

    AdminPasswordController(AdminAccounts accounts, AdminSessions sessions, RateLimits rateLimits) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.rateLimits = rateLimits;
    }

    @GetMapping("/admin/password")
    String initPasswordForm(Model model, Principal principal) {
        model.addAttribute("form", AdminPasswordForm.empty());
        model.addAttribute("mustChange", mustChange(principal));
        return "admin/password";
    }

    @PostMapping("/admin/password")
    String processPasswordForm(
            @Valid @ModelAttribute("form") AdminPasswordForm form,
            BindingResult result,
            Principal principal,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasFieldErrors("currentPassword")) {
            var wait = rateLimits.tryConsume(
                    RateLimit.ADMIN_CURRENT_PASSWORD, AdminAccounts.normalise(principal.getName()));
            if (wait.isPresent()) {
                result.rejectValue(
                        "currentPassword",
                        "admin.password.rateLimited",
                        new Object[] {wait.get().toSeconds()},
                        null);
            } else if (!accounts.passwordMatches(principal.getName(), form.currentPassword())) {
                result.rejectValue("currentPassword", "admin.password.currentWrong");
            }
        }
        if (!result.hasFieldErrors("newPassword")) {
            PasswordPolicy.violations(form.newPassword(), principal.getName())
                    .forEach(key -> result.rejectValue("newPassword", key));
            if (form.newPassword().equals(form.currentPassword())) {
                result.rejectValue("newPassword", "admin.password.sameAsCurrent");
            }
        }
        if (!result.hasFieldErrors("newPassword")
                && !result.hasFieldErrors("confirmPassword")
                && !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "admin.password.mismatch");
        }
        if (result.hasErrors()) {
            model.addAttribute("mustChange", mustChange(principal));
            return "admin/password";
        }
        accounts.changePassword(principal.getName(), form.newPassword(), request.getRemoteAddr());
        sessions.endAllBut(principal.getName(), request);
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/admin";
    }

    private boolean mustChange(Principal principal) {
        return accounts.find(principal.getName())
                .map(AdminUser::mustChangePassword)
                .orElse(false);
    }
}
