package io.github.icegateportal.registration.simplified;

import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.simplified.SimplifiedForms.ResumeForm;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.web.RateLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Route A, Case 2: back into a registration with the OTPs already received, from outside its address (a lost link,
 * another device). It goes on at the page where it stands.
 */
@Controller
@RequestMapping("/registration/simplified/resume")
class SimplifiedResumeController {

    private static final String RESUME = "registration/simplified-resume";

    private final SimplifiedRegistrationFlow flow;

    private final SimplifiedThrottle throttle;

    SimplifiedResumeController(SimplifiedRegistrationFlow flow, SimplifiedThrottle throttle) {
        this.flow = flow;
        this.throttle = throttle;
    }

    @GetMapping
    String initResumeForm(Model model) {
        model.addAttribute("resumeForm", ResumeForm.empty());
        return RESUME;
    }

    @PostMapping
    String processResumeForm(
            @Valid @ModelAttribute("resumeForm") ResumeForm form, BindingResult result, HttpServletRequest request) {
        if (result.hasErrors()) {
            return RESUME;
        }
        Iec iec = Iec.of(form.iec());
        String address = request.getRemoteAddr();
        if (!this.throttle.allows(
                RateLimit.SIMPLIFIED_RESUME_ADDRESS, RateLimit.SIMPLIFIED_RESUME_IEC, iec, address, result)) {
            return RESUME;
        }
        try {
            Registration registration = this.flow.resume(
                    iec,
                    Gstin.of(form.gstin()),
                    form.mobileOtp().strip(),
                    form.emailOtp().strip(),
                    address);
            return SimplifiedViews.redirectTo(registration);
        } catch (RegistrationRefusedException ex) {
            result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
            return RESUME;
        }
    }
}
