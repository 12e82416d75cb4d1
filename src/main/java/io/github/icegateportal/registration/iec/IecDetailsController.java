package io.github.icegateportal.registration.iec;

import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.iec.IecForms.IecDetailsForm;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.shared.web.RateLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The start of the IEC-based registration (Route B): the choice between a fresh registration and continuing one, and
 * the IEC details, compared with DGFT's record; once matched they are shown as saved. The wizard's pages live under
 * {@code /registration/iec/{id}/}, keyed by the registration's random flow key ({@code Registration.flowKey}, drawn
 * anew whenever the person continues with the reference ID), never by the HTTP session; every step is saved when it
 * is posted, and the person may go back to any step reached so far.
 */
@Controller
@RequestMapping("/registration/iec")
class IecDetailsController {

    private static final String DETAILS = "registration/iec-details";

    private final IecRegistrationFlow flow;
    private final IecWizardPages pages;
    private final RateLimits rateLimits;

    IecDetailsController(IecRegistrationFlow flow, IecWizardPages pages, RateLimits rateLimits) {
        this.flow = flow;
        this.pages = pages;
        this.rateLimits = rateLimits;
    }

    /** The saved details of a registration under way; none before the details matched. */
    @ModelAttribute("registration")
    Registration findRegistration(@PathVariable(name = "id", required = false) UUID id, Model model) {
        return id == null ? null : pages.show(id, IecWizardStep.DETAILS, model);
    }

    @GetMapping
    String showChoice() {
        return "registration/iec-start";
    }

    @GetMapping("/details")
    String initDetailsForm(Model model) {
        model.addAttribute("form", IecDetailsForm.empty());
        return DETAILS;
    }

    @PostMapping("/details")
    String processDetailsForm(
            @Valid @ModelAttribute("form") IecDetailsForm form, BindingResult result, HttpServletRequest request) {
        if (result.hasErrors()) {
            return DETAILS;
        }
        // The answer names the fields that differ from DGFT (the seed wants that), so each check tells something
        // about an IEC's contacts: a few per IEC from any address, and a few IECs per address, so that the form
        // cannot be used to harvest them. Counted for any IEC typed, known to DGFT or not, so the limit reveals
        // nothing.
        Optional<Duration> byAddress = rateLimits.tryConsume(RateLimit.IEC_DETAILS_ADDRESS, request.getRemoteAddr());
        if (byAddress.isPresent()) {
            result.reject(
                    "registration.iec.details.rateLimited", new Object[] {RateLimit.minutes(byAddress.get())}, null);
            return DETAILS;
        }
        Optional<Duration> byIec = rateLimits.tryConsume(
                RateLimit.IEC_DETAILS_IEC, Iec.of(form.iec()).value());
        if (byIec.isPresent()) {
            result.rejectValue(
                    "iec",
                    "registration.iec.details.iecRateLimited",
                    new Object[] {RateLimit.minutes(byIec.get())},
                    null);
            return DETAILS;
        }
        try {
            Registration registration = flow.start(
                    Iec.of(form.iec()),
                    Pan.of(form.pan()),
                    EmailAddress.of(form.email()),
                    MobileNumber.of(form.mobile()),
                    request.getRemoteAddr());
            return IecWizardStep.OTP.redirect(registration.flowKey());
        } catch (StepRefusedException e) {
            e.rejectOn(result);
            return DETAILS;
        }
    }

    /** Going back to the details: they are shown as saved; a different IEC needs a fresh registration. */
    @GetMapping("/{id}/details")
    String showDetails(@ModelAttribute(name = "registration", binding = false) Registration registration, Model model) {
        model.addAttribute(
                "form",
                new IecDetailsForm(
                        registration.iec().value(),
                        registration.pan().value(),
                        registration.email().value(),
                        registration.mobile().value()));
        return DETAILS;
    }
}
