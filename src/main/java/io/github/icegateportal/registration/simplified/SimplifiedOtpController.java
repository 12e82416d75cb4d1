package io.github.icegateportal.registration.simplified;

import static io.github.icegateportal.registration.simplified.SimplifiedViews.REGISTRATION;

import io.github.icegateportal.otp.OtpCheck;
import io.github.icegateportal.otp.OtpFieldErrors;
import io.github.icegateportal.otp.OtpProperties;
import io.github.icegateportal.otp.OtpResendLimitException;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.simplified.SimplifiedForms.AlternateOtpForm;
import io.github.icegateportal.registration.simplified.SimplifiedForms.OtpForm;
import io.github.icegateportal.shared.web.FailedFields;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Route A's OTP step, for the registered contacts (steps 4 and 5) and the alternate ones (Case 1.2): one page and
 * one path through it, {@link OtpContacts} holding what tells the two apart (case 1.2 posts its own field names),
 * and the resend of either. The registration comes loaded ({@link OpenRegistrationAdvice}).
 */
@Controller
@RequestMapping("/registration/simplified/{id}")
class SimplifiedOtpController {

    /** The model name of both OTP forms, whose field names differ. */
    private static final String OTP_FORM = "otpForm";

    /** The query parameter of the page a resend redirects to, so that it says how many resends are left. */
    private static final String RESENT = "resent";

    /** The messages an address may show next to the OTP fields. */
    private static final Set<String> OTP_MESSAGES = Set.of("otp.");

    private final SimplifiedRegistrationFlow flow;

    private final SimplifiedViews views;

    private final OtpProperties otpProperties;

    SimplifiedOtpController(SimplifiedRegistrationFlow flow, SimplifiedViews views, OtpProperties otpProperties) {
        this.flow = flow;
        this.views = views;
        this.otpProperties = otpProperties;
    }

    @GetMapping("/otp")
    String initOtpForm(
            @ModelAttribute(name = REGISTRATION, binding = false) Registration registration,
            @RequestParam(name = RESENT, defaultValue = "false") boolean resent,
            @RequestParam(name = FailedFields.PARAM, required = false) String error,
            Model model) {
        return initOtpForm(OtpContacts.REGISTERED, registration, resent, error, model);
    }

    @PostMapping("/otp")
    String processOtpForm(
            @ModelAttribute(name = REGISTRATION, binding = false) Registration registration,
            @Valid @ModelAttribute(OTP_FORM) OtpForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request) {
        return processOtpForm(
                OtpContacts.REGISTERED, registration, form.mobileOtp(), form.emailOtp(), result, model, request);
    }

    @GetMapping("/alternate-otp")
    String initAlternateOtpForm(
            @ModelAttribute(name = REGISTRATION, binding = false) Registration registration,
            @RequestParam(name = RESENT, defaultValue = "false") boolean resent,
            @RequestParam(name = FailedFields.PARAM, required = false) String error,
            Model model) {
        return initOtpForm(OtpContacts.ALTERNATE, registration, resent, error, model);
    }

    @PostMapping("/alternate-otp")
    String processAlternateOtpForm(
            @ModelAttribute(name = REGISTRATION, binding = false) Registration registration,
            @Valid @ModelAttribute(OTP_FORM) AlternateOtpForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request) {
        return processOtpForm(
                OtpContacts.ALTERNATE,
                registration,
                form.alternateMobileOtp(),
                form.alternateEmailOtp(),
                result,
                model,
                request);
    }

    /** New OTPs to the contacts the current ones went to (registered or alternate). */
    @PostMapping("/resend")
    String processResend(
            @ModelAttribute(name = REGISTRATION, binding = false) Registration registration,
            Model model,
            HttpServletRequest request) {
        try {
            this.flow.resendOtps(registration.id(), request.getRemoteAddr());
        } catch (OtpResendLimitException ex) {
            if (ex.mustStartAgain()) {
                return this.views.message(model, ex.messageKey(), ex.messageArguments());
            }
            OtpContacts contacts = OtpContacts.of(registration.status());
            model.addAttribute(OTP_FORM, contacts.emptyForm());
            model.addAttribute("resendRefused", this.views.text(ex.messageKey(), ex.messageArguments()));
            return otpPage(contacts, model);
        }
        // a resend keeps the status: the OTP page it was asked from, which then says how many resends are left
        return SimplifiedViews.redirectTo(registration) + "?" + RESENT + "=true";
    }

    private String initOtpForm(
            OtpContacts contacts, Registration registration, boolean resent, String error, Model model) {
        if (registration.status() != contacts.status()) {
            return SimplifiedViews.redirectTo(registration);
        }
        Set<String> fields = Set.of(contacts.mobileField(), contacts.emailField());
        if (FailedFields.show(error, contacts.emptyForm(), OTP_FORM, fields, OTP_MESSAGES, model)) {
            return otpPage(contacts, model); // a failed try, also after Back or a refresh: no "sent" banner
        }
        model.addAttribute("sent", true);
        if (resent) {
            // read from the codes, not the address: a refresh or an edited address cannot make the page say more
            model.addAttribute("resendsLeft", this.flow.resendsLeft(registration));
            model.addAttribute(
                    "resendSeconds", this.otpProperties.resendInterval().toSeconds());
        }
        return otpPage(contacts, model);
    }

    private String processOtpForm(
            OtpContacts contacts,
            Registration registration,
            String mobileOtp,
            String emailOtp,
            BindingResult result,
            Model model,
            HttpServletRequest request) {
        if (result.hasErrors()) {
            return failed(registration, contacts, result);
        }
        String mobile = mobileOtp.strip();
        String email = emailOtp.strip();
        String address = request.getRemoteAddr();
        OtpCheck check =
                switch (contacts) {
                    case REGISTERED -> this.flow.verifyOtps(registration.id(), mobile, email, address);
                    case ALTERNATE -> this.flow.verifyAlternateOtps(registration.id(), mobile, email, address);
                };
        if (check.bothMatch()) {
            return SimplifiedViews.redirect(registration.id(), contacts.next());
        }
        if (check.mustStartAgain()) {
            return check.ranOut()
                    ? this.views.message(
                            model, "otp.expired", this.otpProperties.lifetime().toHours())
                    : this.views.message(model, "otp.startAgain");
        }
        OtpFieldErrors.reject(check, result, contacts.mobileField(), contacts.emailField());
        return failed(registration, contacts, result);
    }

    /** A failed try redirects to the step's page, naming what failed (never the codes typed). */
    private static String failed(Registration registration, OtpContacts contacts, BindingResult result) {
        return SimplifiedViews.redirect(registration.id(), contacts.page()) + "?" + FailedFields.query(result);
    }

    /** The one OTP page; the form ({@link #OTP_FORM}) and the registration are in the model already. */
    private static String otpPage(OtpContacts contacts, Model model) {
        model.addAttribute("contacts", contacts);
        return "registration/simplified-otp";
    }
}
