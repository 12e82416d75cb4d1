package io.github.icegateportal.registration.iec;

import io.github.icegateportal.otp.OtpCheck;
import io.github.icegateportal.otp.OtpFieldErrors;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.iec.IecForms.OtpForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The IEC-based registration's OTP step: both codes sent to DGFT's contacts, and sending new ones. */
@Controller
@RequestMapping("/registration/iec/{id}/otp")
class IecOtpController {

    private static final String OTP = "registration/iec-otp";

    private final IecRegistrationFlow flow;
    private final IecWizardPages pages;

    IecOtpController(IecRegistrationFlow flow, IecWizardPages pages) {
        this.flow = flow;
        this.pages = pages;
    }

    @ModelAttribute("registration")
    Registration findRegistration(@PathVariable UUID id, Model model) {
        return pages.show(id, IecWizardStep.OTP, model);
    }

    @GetMapping
    String initOtpForm(Model model) {
        model.addAttribute("form", OtpForm.empty());
        return OTP;
    }

    @PostMapping
    String processOtpForm(
            @PathVariable UUID id,
            @ModelAttribute(name = "registration", binding = false) Registration registration,
            @Valid @ModelAttribute("form") OtpForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (result.hasErrors()) {
            return OTP;
        }
        if (IecWizardStep.reached(registration.status()) != IecWizardStep.OTP) {
            return IecWizardStep.DOCUMENTS.redirect(id);
        }
        IecRegistrationFlow.OtpStep outcome =
                flow.verifyOtps(id, form.mobileOtp().strip(), form.emailOtp().strip(), request.getRemoteAddr());
        OtpCheck check = outcome.check();
        if (check.bothMatch()) {
            return IecWizardStep.DOCUMENTS.redirect(id);
        }
        if (outcome.startAgain()) {
            model.addAttribute("startAgain", true);
            result.reject("registration.iec.otp.startAgain");
            return OTP;
        }
        OtpFieldErrors.reject(check, result);
        return OTP;
    }

    @PostMapping("/resend")
    String resendOtps(@PathVariable UUID id, HttpServletRequest request, Model model) {
        OtpForm form = OtpForm.empty();
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        try {
            model.addAttribute("resendsLeft", flow.resendOtps(id, request.getRemoteAddr()));
            model.addAttribute("resendSeconds", flow.resendInterval().toSeconds());
        } catch (StepRefusedException e) {
            model.addAttribute("resendRefused", true);
            e.rejectOn(result);
        }
        return OTP;
    }
}
