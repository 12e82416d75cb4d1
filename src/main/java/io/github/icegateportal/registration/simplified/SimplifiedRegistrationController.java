package io.github.icegateportal.registration.simplified;

import io.github.icegateportal.captcha.CaptchaService;
import io.github.icegateportal.directory.DirectoryUnavailableException;
import io.github.icegateportal.registration.TemporaryPasswords;
import io.github.icegateportal.registration.simplified.SimplifiedForms.DetailsForm;
import io.github.icegateportal.registration.simplified.SimplifiedForms.TemporaryPasswordForm;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.InvalidFieldException;
import io.github.icegateportal.shared.web.RateLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

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

    /** The query parameter of the first screen that says a temporary password was sent (if the pair is eligible). */
    private static final String TEMPORARY_PASSWORD_SENT = "temporaryPasswordSent";

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

    /**
     * The first screen; after "Send temporary password" it comes with the IEC and GSTIN filled in from the address
     * (no HTTP session for an anonymous visitor), each only when it is well formed.
     */
    @GetMapping
    String initDetailsForm(
            @RequestParam(name = "iec", required = false) String iec,
            @RequestParam(name = "gstin", required = false) String gstin,
            Model model) {
        model.addAttribute(
                "detailsForm",
                DetailsForm.filledIn(wellFormed(iec, Iec::of, Iec::value), wellFormed(gstin, Gstin::of, Gstin::value)));
        this.captcha.addTo(model);
        return DETAILS;
    }

    /** {@code raw} as the value object writes it, or empty when it is missing or not well formed. */
    private static <T> String wellFormed(String raw, Function<String, T> parse, Function<T, String> value) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        try {
            return value.apply(parse.apply(raw));
        } catch (InvalidFieldException ex) {
            return "";
        }
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

    /** The days a temporary password works, for the form's introduction (a switch, not a fixed "7 days"). */
    private void addTemporaryPasswordLifetime(Model model) {
        model.addAttribute(
                "temporaryPasswordDays", this.temporaryPasswords.lifetime().toDays());
    }

    @GetMapping("/temporary-password")
    String initTemporaryPasswordForm(Model model) {
        model.addAttribute("temporaryPasswordForm", TemporaryPasswordForm.empty());
        addTemporaryPasswordLifetime(model);
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
                    Gstin gstin = Gstin.of(form.gstin());
                    this.temporaryPasswords.issueFor(iec, gstin);
                    // the next step: the first screen with both filled in, saying the password is on its way
                    return "redirect:"
                            + UriComponentsBuilder.fromPath("/registration/simplified")
                                    .queryParam("iec", iec.value())
                                    .queryParam("gstin", gstin.value())
                                    .queryParam(TEMPORARY_PASSWORD_SENT, true)
                                    .build()
                                    .toUriString();
                } catch (DirectoryUnavailableException ex) {
                    unavailable(result, ex);
                }
            }
        }
        addTemporaryPasswordLifetime(model);
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
