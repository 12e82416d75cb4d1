package io.github.icegateportal.registration.iec;

import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.iec.IecForms.ContinueOtpForm;
import io.github.icegateportal.registration.iec.IecForms.ReferenceForm;
import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.shared.web.RateLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Continue using Reference ID: OTPs sent afresh to the registered contacts, and with both the person lands on the
 * step to go on from, under a new flow key. Answers the same whether or not the reference exists.
 */
@Controller
@RequestMapping("/registration/iec/continue")
class IecContinueController {

    private static final String CONTINUE = "registration/iec-continue";
    private static final String CONTINUE_OTP = "registration/iec-continue-otp";

    private final IecRegistrationFlow flow;
    private final RateLimits rateLimits;

    IecContinueController(IecRegistrationFlow flow, RateLimits rateLimits) {
        this.flow = flow;
        this.rateLimits = rateLimits;
    }

    @GetMapping
    String initContinueForm(Model model) {
        model.addAttribute("form", ReferenceForm.empty());
        return CONTINUE;
    }

    @PostMapping
    String processContinueForm(
            @Valid @ModelAttribute("form") ReferenceForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (refused(result, request)) {
            return CONTINUE;
        }
        // Each continue sends OTPs to the holder: a few per reference ID, from whatever address, so that nobody can
        // flood a holder with texts. Counted for any reference typed, known or not, so the limit reveals nothing.
        String reference = form.referenceNumber().strip().toUpperCase(Locale.ROOT);
        Optional<Duration> wait = rateLimits.tryConsume(RateLimit.IEC_CONTINUE_REFERENCE, reference);
        if (wait.isPresent()) {
            result.rejectValue(
                    "referenceNumber",
                    "registration.iec.continue.rateLimited",
                    new Object[] {RateLimit.minutes(wait.get())},
                    null);
            return CONTINUE;
        }
        flow.sendContinueOtps(form.referenceNumber(), request.getRemoteAddr());
        model.addAttribute("otpForm", new ContinueOtpForm(form.referenceNumber().strip(), "", ""));
        return CONTINUE_OTP;
    }

    @PostMapping("/otp")
    String processContinueOtpForm(
            @Valid @ModelAttribute("otpForm") ContinueOtpForm form, BindingResult result, HttpServletRequest request) {
        if (refused(result, request)) {
            return CONTINUE_OTP;
        }
        Optional<Registration> registration = flow.continueWith(
                form.referenceNumber(),
                form.mobileOtp().strip(),
                form.emailOtp().strip(),
                request.getRemoteAddr());
        if (registration.isEmpty()) {
            result.reject("registration.iec.continue.notMatched");
            return CONTINUE_OTP;
        }
        return flow.resumeAt(registration.get()).redirect(registration.get().flowKey());
    }

    /** Both forms: a form error, or too many tries from this address (they share one limit). */
    private boolean refused(BindingResult result, HttpServletRequest request) {
        if (result.hasErrors()) {
            return true;
        }
        Optional<Duration> wait = rateLimits.tryConsume(RateLimit.IEC_CONTINUE_ADDRESS, request.getRemoteAddr());
        wait.ifPresent(duration ->
                result.reject("registration.iec.rateLimited", new Object[] {duration.toSeconds()}, "Too many tries"));
        return wait.isPresent();
    }
}
