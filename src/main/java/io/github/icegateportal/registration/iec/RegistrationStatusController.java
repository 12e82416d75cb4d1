package io.github.icegateportal.registration.iec;

import io.github.icegateportal.registration.iec.IecForms.ReferenceForm;
import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.shared.web.RateLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A registration's status by its reference number: the state and its dates only, nothing personal, since
 * anyone holding the number may ask. Rate limited per client address.
 */
@Controller
@RequestMapping("/registration/status")
class RegistrationStatusController {

    private static final String VIEW = "registration/status";

    private final RegistrationStatusLookup lookup;
    private final RateLimits rateLimits;

    RegistrationStatusController(RegistrationStatusLookup lookup, RateLimits rateLimits) {
        this.lookup = lookup;
        this.rateLimits = rateLimits;
    }

    @GetMapping
    String initStatusForm(Model model) {
        model.addAttribute("form", ReferenceForm.empty());
        return VIEW;
    }

    @PostMapping
    String processStatusForm(
            @Valid @ModelAttribute("form") ReferenceForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (result.hasErrors()) {
            return VIEW;
        }
        Optional<Duration> wait = rateLimits.tryConsume(RateLimit.REGISTRATION_STATUS, request.getRemoteAddr());
        if (wait.isPresent()) {
            result.reject(
                    "registration.iec.rateLimited", new Object[] {wait.get().toSeconds()}, null);
            return VIEW;
        }
        Optional<RegistrationStatusLookup.StatusView> status = lookup.find(form.referenceNumber());
        if (status.isEmpty()) {
            result.rejectValue("referenceNumber", "registration.statusPage.notFound");
            return VIEW;
        }
        model.addAttribute("status", status.get());
        return VIEW;
    }
}
