package io.github.icegateportal.admin;

import io.github.icegateportal.shared.security.ApiKeys;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The API keys admins issue for software that drives the anonymous registration steps through the API without the
 * captcha ({@code /admin/api-keys}): issue one (shown once, on the answer to the form), revoke one; both audited.
 */
@Controller
class ApiKeysController {

    private final ApiKeys keys;
    private final AdminAudit audit;

    ApiKeysController(ApiKeys keys, AdminAudit audit) {
        this.keys = keys;
        this.audit = audit;
    }

    record ApiKeyForm(String label) {}

    @GetMapping("/admin/api-keys")
    String initApiKeyForm(Model model) {
        model.addAttribute("form", new ApiKeyForm(""));
        return page(model);
    }

    @PostMapping("/admin/api-keys")
    String processApiKeyForm(
            @ModelAttribute("form") ApiKeyForm form,
            BindingResult result,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        String label = form.label() == null ? "" : form.label().strip();
        if (label.isEmpty() || label.length() > 100 || label.chars().anyMatch(Character::isISOControl)) {
            result.rejectValue("label", "admin.apiKeys.label.invalid");
            return page(model);
        }
        String key = keys.issue(label, ApiKeys.REGISTRATION, principal.getName());
        audit.record(
                principal.getName(),
                request.getRemoteAddr(),
                "API key " + key.substring(0, 10),
                "API_KEY_ISSUED",
                label);
        // Shown on this answer only: the key is stored as its digest.
        model.addAttribute("issuedKey", key);
        model.addAttribute("form", new ApiKeyForm(""));
        return page(model);
    }

    @PostMapping("/admin/api-keys/{id}/revoke")
    String revoke(@PathVariable long id, Principal principal, HttpServletRequest request) {
        if (keys.revoke(id)) {
            audit.record(principal.getName(), request.getRemoteAddr(), "API key " + id, "API_KEY_REVOKED", "");
        }
        return "redirect:/admin/api-keys";
    }

    private String page(Model model) {
        model.addAttribute("keys", keys.all());
        return "admin/api-keys";
    }
}
