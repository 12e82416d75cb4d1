package io.github.icegateportal.registration.simplified;

import io.github.icegateportal.captcha.CaptchaService;
import io.github.icegateportal.directory.DirectoryUnavailableException;
import io.github.icegateportal.registration.TemporaryPasswords;
import io.github.icegateportal.registration.simplified.SimplifiedForms.DetailsForm;
import io.github.icegateportal.registration.simplified.SimplifiedForms.TemporaryPasswordForm;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.web.RateLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Route A, the simplified registration ({@code seeds/002}), where it begins: the first screen (step 2) and the form
 * that sends a temporary password. The steps after the first screen are under the registration's random id
 * ({@link SimplifiedAccountController}, {@link SimplifiedOtpController},
 * {@link SimplifiedAlternateContactsController}); {@link SimplifiedResumeController} reopens one (Case 2). Nothing
 * is kept in the HTTP session.
 */
@Controller
@RequestMapping("/registration/simplified")
class SimplifiedRegistrationController {

    private static final String DETAILS = "registration/simplified-details";

    private static final String TEMPORARY_PASSWORD = "registration/simplified-temporary-password";

    private final SimplifiedRegistrationFlow flow;

    private final TemporaryPasswords temporaryPasswords;

    private final CaptchaService captcha;

    private final SimplifiedThrottle throttle;

    SimplifiedRegistrationController(
            SimplifiedRegistrationFlow flow,
            TemporaryPasswords temporaryPasswords,
            CaptchaService captcha,
            SimplifiedThrottle throttle) {
        this.flow = flow;
        this.temporaryPasswords = temporaryPasswords;
        this.captcha = captcha;
        this.throttle = throttle;
    }

    // ----- Step 2: IEC, GSTIN, temporary password

    @GetMapping
    String initDetailsForm(Model model) {
        model.addAttribute("detailsForm", DetailsForm.empty());
        this.captcha.addTo(model);
        return DETAILS;
    }

    @PostMapping
    String processDetailsForm(
            @Valid @ModelAttribute("detailsForm") DetailsForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request) {
        this.captcha.validate(form.captchaId(), form.captcha(), result);
        if (!result.hasErrors()) {
            Iec iec = Iec.of(form.iec());
            String address = request.getRemoteAddr();
            if (this.throttle.allows(
                    RateLimit.SIMPLIFIED_START_ADDRESS, RateLimit.SIMPLIFIED_START_IEC, iec, address, result)) {
                try {
                    UUID id = this.flow.start(iec, Gstin.of(form.gstin()), form.password(), address);
                    return SimplifiedViews.redirect(id, "icegate-id");
                } catch (RegistrationRefusedException ex) {
                    result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
                } catch (DirectoryUnavailableException ex) {
                    unavailable(result, ex);
                }
            }
        }
        this.captcha.addTo(model);
        return DETAILS;
    }

    // ----- Temporary password: the same answer whether or not the IEC was eligible

    @GetMapping("/temporary-password")
    String initTemporaryPasswordForm(Model model) {
        model.addAttribute("temporaryPasswordForm", TemporaryPasswordForm.empty());
        this.captcha.addTo(model);
        return TEMPORARY_PASSWORD;
    }

    @PostMapping("/temporary-password")
    String processTemporaryPasswordForm(
            @Valid @ModelAttribute("temporaryPasswordForm") TemporaryPasswordForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request) {
        this.captcha.validate(form.captchaId(), form.captcha(), result);
        if (!result.hasErrors()) {
            Iec iec = Iec.of(form.iec());
            if (this.throttle.allows(
                    RateLimit.SIMPLIFIED_TEMPORARY_PASSWORD_ADDRESS,
                    RateLimit.SIMPLIFIED_TEMPORARY_PASSWORD_IEC,
                    iec,
                    request.getRemoteAddr(),
                    result)) {
                try {
                    this.temporaryPasswords.issueFor(iec, Gstin.of(form.gstin()));
                    return "redirect:" + SimplifiedViews.BASE + "temporary-password?sent";
                } catch (DirectoryUnavailableException ex) {
                    unavailable(result, ex);
                }
            }
        }
        this.captcha.addTo(model);
        return TEMPORARY_PASSWORD;
    }

    /** "{0} is not answering at the moment...", naming the directory; what was entered stays in the form. */
    private static void unavailable(BindingResult result, DirectoryUnavailableException ex) {
        String source = ex.source().messageKey();
        result.reject(
                ex.messageKey(),
                new Object[] {new DefaultMessageSourceResolvable(new String[] {source}, source)},
                ex.messageKey());
    }
}
