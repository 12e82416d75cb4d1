package io.github.icegateportal.registration.simplified;

import static io.github.icegateportal.registration.simplified.SimplifiedViews.REGISTRATION;

import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.registration.simplified.SimplifiedForms.IcegateIdForm;
import io.github.icegateportal.shared.field.IcegateId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Route A, the account the flow makes: its ICEGATE ID and password (step 3), and once the OTPs are verified (step 6)
 * the Finish that opens it (Case 1.1). The registration comes loaded ({@link OpenRegistrationAdvice}); a GET of a
 * step that is not the current one goes to the current one.
 */
@Controller
@RequestMapping("/registration/simplified/{id}")
class SimplifiedAccountController {

    private static final String ICEGATE_ID = "registration/simplified-icegate-id";

    private final SimplifiedRegistrationFlow flow;

    private final SimplifiedViews views;

    SimplifiedAccountController(SimplifiedRegistrationFlow flow, SimplifiedViews views) {
        this.flow = flow;
        this.views = views;
    }

    // ----- Step 3: ICEGATE ID and password

    @GetMapping("/icegate-id")
    String initIcegateIdForm(
            @ModelAttribute(name = REGISTRATION, binding = false) Registration registration, Model model) {
        if (registration.status() != RegistrationStatus.DETAILS_VERIFIED) {
            return SimplifiedViews.redirectTo(registration);
        }
        model.addAttribute("icegateIdForm", IcegateIdForm.showing(registration));
        return ICEGATE_ID;
    }

    @PostMapping("/icegate-id")
    String processIcegateIdForm(
            @ModelAttribute(name = REGISTRATION, binding = false) Registration registration,
            @Valid @ModelAttribute("icegateIdForm") IcegateIdForm form,
            BindingResult result,
            HttpServletRequest request) {
        form.checkPassword(result);
        if (result.hasErrors()) {
            return ICEGATE_ID;
        }
        if (!this.flow.chooseIcegateId(
                registration.id(), IcegateId.of(form.icegateId()), form.newPassword(), request.getRemoteAddr())) {
            result.rejectValue(
                    "icegateId", "registration.simplified.icegateIdTaken", "registration.simplified.icegateIdTaken");
            return ICEGATE_ID;
        }
        return SimplifiedViews.redirect(registration.id(), "otp");
    }

    // ----- Step 6: verified; Finish or change contacts

    @GetMapping("/verified")
    String showVerified(@ModelAttribute(name = REGISTRATION, binding = false) Registration registration) {
        return showAt(registration, RegistrationStatus.OTP_VERIFIED, "registration/simplified-verified");
    }

    // ----- Case 1.1: Finish, confirmed on a page of its own

    @GetMapping("/finish")
    String initFinishForm(@ModelAttribute(name = REGISTRATION, binding = false) Registration registration) {
        return showAt(registration, RegistrationStatus.OTP_VERIFIED, "registration/simplified-finish");
    }

    @PostMapping("/finish")
    String processFinishForm(
            @ModelAttribute(name = REGISTRATION, binding = false) Registration registration,
            @RequestParam(name = "confirm", defaultValue = "false") boolean confirm,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!confirm) {
            return SimplifiedViews.redirect(registration.id(), "verified");
        }
        try {
            this.flow.finish(registration.id(), request.getRemoteAddr());
        } catch (RegistrationRefusedException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return this.views.message(model, refused.messageKey(), refused.arguments());
        }
        return SimplifiedViews.redirect(registration.id(), "done");
    }

    @GetMapping("/done")
    String showDone(@ModelAttribute(name = REGISTRATION, binding = false) Registration registration) {
        return showAt(registration, RegistrationStatus.COMPLETED, "registration/simplified-done");
    }

    /** The page of a step that only shows the registration, while it stands at {@code status}. */
    private static String showAt(Registration registration, RegistrationStatus status, String page) {
        return registration.status() == status ? page : SimplifiedViews.redirectTo(registration);
    }
}
