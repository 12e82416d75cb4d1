package io.github.icegateportal.webhook;

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
 * The admin's webhooks page ({@code /admin/webhooks}, under the admin chain's rules): the endpoints, adding one (its
 * secret shown once, on the answer to the form), disabling and enabling, and the newest deliveries.
 */
@Controller
class WebhooksController {

    static final int LOG_SIZE = 50;

    private final Webhooks webhooks;

    WebhooksController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record WebhookForm(String url) {}

    @ModelAttribute("adminName")
    String adminName(Principal principal) {
        return principal == null ? "" : principal.getName();
    }

    @GetMapping("/admin/webhooks")
    String initWebhookForm(Model model) {
        model.addAttribute("form", new WebhookForm(""));
        return page(model);
    }

    @PostMapping("/admin/webhooks")
    String processWebhookForm(
            @ModelAttribute("form") WebhookForm form,
            BindingResult result,
            Principal principal,
            HttpServletRequest request,
            Model model) {
        var problem = Webhooks.problemWith(form.url());
        if (problem.isPresent()) {
            result.rejectValue("url", problem.get());
            return page(model);
        }
        // Shown on this answer only, never stored in a session or put in an address.
        var added = webhooks.add(form.url(), principal.getName(), request.getRemoteAddr());
        model.addAttribute("addedUrl", form.url().strip());
        model.addAttribute("addedSecret", added.secret());
        model.addAttribute("form", new WebhookForm(""));
        return page(model);
    }

    @PostMapping("/admin/webhooks/{id}/disable")
    String disable(@PathVariable long id, Principal principal, HttpServletRequest request) {
        webhooks.setEnabled(id, false, principal.getName(), request.getRemoteAddr());
        return "redirect:/admin/webhooks";
    }

    @PostMapping("/admin/webhooks/{id}/enable")
    String enable(@PathVariable long id, Principal principal, HttpServletRequest request) {
        webhooks.setEnabled(id, true, principal.getName(), request.getRemoteAddr());
        return "redirect:/admin/webhooks";
    }

    private String page(Model model) {
        model.addAttribute("endpoints", webhooks.endpoints());
        model.addAttribute("deliveries", webhooks.latestDeliveries(LOG_SIZE));
        return "admin/webhooks";
    }
}
