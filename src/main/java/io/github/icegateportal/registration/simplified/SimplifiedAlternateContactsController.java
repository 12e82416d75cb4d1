package io.github.icegateportal.registration.simplified;

import static io.github.icegateportal.registration.simplified.SimplifiedViews.REGISTRATION;

import io.github.icegateportal.otp.OtpResendLimitException;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.registration.simplified.SimplifiedForms.AlternateContactsForm;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.MobileNumber;
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
 * Route A, Case 1.2: after the OTPs, the account gets other contacts than GSTN's; their OTPs are checked by
 * {@link SimplifiedOtpController}. Other alternate contacts after the first count as a resend. The registration
 * comes loaded ({@link OpenRegistrationAdvice}).
 */
@Controller
@RequestMapping("/registration/simplified/{id}/alternate-contacts")
class SimplifiedAlternateContactsController {

    private static final String ALTERNATE_CONTACTS = "registration/simplified-alternate-contacts";

    private final SimplifiedRegistrationFlow flow;

    private final SimplifiedViews views;

    SimplifiedAlternateContactsController(SimplifiedRegistrationFlow flow, SimplifiedViews views) {
        this.flow = flow;
        this.views = views;
    }

    @GetMapping
    String initAlternateContactsForm(
            @ModelAttribute(name = REGISTRATION, binding = false) Registration registration, Model model) {
        if (registration.status() != RegistrationStatus.OTP_VERIFIED
                && registration.status() != RegistrationStatus.ALTERNATE_OTP_SENT) {
            return SimplifiedViews.redirectTo(registration);
        }
        model.addAttribute("alternateContactsForm", AlternateContactsForm.empty());
        return ALTERNATE_CONTACTS;
    }

    @PostMapping
    String processAlternateContactsForm(
            @ModelAttribute(name = REGISTRATION, binding = false) Registration registration,
            @Valid @ModelAttribute("alternateContactsForm") AlternateContactsForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request) {
        if (result.hasErrors()) {
            return ALTERNATE_CONTACTS;
        }
        try {
            this.flow.giveAlternateContacts(
                    registration.id(),
                    EmailAddress.of(form.alternateEmail()),
                    MobileNumber.of(form.alternateMobile()),
                    request.getRemoteAddr());
        } catch (OtpResendLimitException ex) {
            if (ex.mustStartAgain()) {
                return this.views.message(model, ex.messageKey(), ex.messageArguments());
            }
            result.reject(ex.messageKey(), ex.messageArguments(), ex.messageKey());
            return ALTERNATE_CONTACTS;
        }
        return SimplifiedViews.redirect(registration.id(), "alternate-otp");
    }
}
