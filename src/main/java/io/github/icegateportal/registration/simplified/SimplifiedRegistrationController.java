package io.github.icegateportal.registration.simplified;

import io.github.icegateportal.account.IcegateIdTakenException;
import io.github.icegateportal.account.IecAlreadyHasAccountException;
import io.github.icegateportal.captcha.CaptchaService;
import io.github.icegateportal.directory.DirectoryUnavailableException;
import io.github.icegateportal.otp.OtpCheck;
import io.github.icegateportal.otp.OtpFieldErrors;
import io.github.icegateportal.otp.OtpOutcome;
import io.github.icegateportal.otp.OtpResendLimitException;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationStateException;
import io.github.icegateportal.registration.RegistrationStateMachine;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.registration.TemporaryPasswords;
import io.github.icegateportal.registration.simplified.Forms.AlternateContactsForm;
import io.github.icegateportal.registration.simplified.Forms.AlternateOtpForm;
import io.github.icegateportal.registration.simplified.Forms.DetailsForm;
import io.github.icegateportal.registration.simplified.Forms.IcegateIdForm;
import io.github.icegateportal.registration.simplified.Forms.OtpForm;
import io.github.icegateportal.registration.simplified.Forms.ResumeForm;
import io.github.icegateportal.registration.simplified.Forms.TemporaryPasswordForm;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.PasswordPolicy;
import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.shared.web.RateLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Route A, the simplified registration, screen by screen as in {@code seeds/002}. The flow's state is the
 * registration row, found by the random id in the path; nothing is kept in the HTTP session.
 */
@Controller
@RequestMapping("/registration/simplified")
class SimplifiedRegistrationController {

    private static final String BASE = "/registration/simplified/";

    /** The model name of both OTP forms, whose field names differ. */
    private static final String OTP_FORM = "otpForm";

    private final SimplifiedRegistrationFlow flow;

    private final TemporaryPasswords temporaryPasswords;

    private final CaptchaService captcha;

    private final RateLimits rateLimits;

    private final MessageSource messages;

    SimplifiedRegistrationController(
            SimplifiedRegistrationFlow flow,
            TemporaryPasswords temporaryPasswords,
            CaptchaService captcha,
            RateLimits rateLimits,
            MessageSource messages) {
        this.flow = flow;
        this.temporaryPasswords = temporaryPasswords;
        this.captcha = captcha;
        this.rateLimits = rateLimits;
        this.messages = messages;
    }

    // ----- Step 2: IEC, GSTIN, temporary password

    @GetMapping
    String initDetailsForm(Model model) {
        model.addAttribute("detailsForm", DetailsForm.empty());
        this.captcha.addTo(model);
        return "registration/simplified-details";
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
            Optional<Duration> wait =
                    throttle(RateLimit.SIMPLIFIED_START_ADDRESS, RateLimit.SIMPLIFIED_START_IEC, iec, request);
            if (wait.isPresent()) {
                tooMany(result, wait.get());
            } else {
                try {
                    UUID id = this.flow.start(iec, Gstin.of(form.gstin()), form.password(), request.getRemoteAddr());
                    return "redirect:" + BASE + id + "/icegate-id";
                } catch (RegistrationRefusedException ex) {
                    result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
                } catch (DirectoryUnavailableException ex) {
                    unavailable(result, ex);
                }
            }
        }
        this.captcha.addTo(model);
        return "registration/simplified-details";
    }

    // ----- Temporary password: the same answer whether or not the IEC was eligible

    @GetMapping("/temporary-password")
    String initTemporaryPasswordForm(Model model) {
        model.addAttribute("temporaryPasswordForm", TemporaryPasswordForm.empty());
        this.captcha.addTo(model);
        return "registration/simplified-temporary-password";
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
            Optional<Duration> wait = throttle(
                    RateLimit.SIMPLIFIED_TEMPORARY_PASSWORD_ADDRESS,
                    RateLimit.SIMPLIFIED_TEMPORARY_PASSWORD_IEC,
                    iec,
                    request);
            if (wait.isPresent()) {
                tooMany(result, wait.get());
            } else {
                try {
                    this.temporaryPasswords.issueFor(iec, Gstin.of(form.gstin()));
                    return "redirect:" + BASE + "temporary-password?sent";
                } catch (DirectoryUnavailableException ex) {
                    unavailable(result, ex);
                }
            }
        }
        this.captcha.addTo(model);
        return "registration/simplified-temporary-password";
    }

    // ----- Case 2: resume with the OTPs already received

    @GetMapping("/resume")
    String initResumeForm(Model model) {
        model.addAttribute("resumeForm", ResumeForm.empty());
        return "registration/simplified-resume";
    }

    @PostMapping("/resume")
    String processResumeForm(
            @Valid @ModelAttribute("resumeForm") ResumeForm form, BindingResult result, HttpServletRequest request) {
        if (result.hasErrors()) {
            return "registration/simplified-resume";
        }
        Iec iec = Iec.of(form.iec());
        Optional<Duration> wait =
                throttle(RateLimit.SIMPLIFIED_RESUME_ADDRESS, RateLimit.SIMPLIFIED_RESUME_IEC, iec, request);
        if (wait.isPresent()) {
            tooMany(result, wait.get());
            return "registration/simplified-resume";
        }
        try {
            Registration registration = this.flow.resume(
                    iec,
                    Gstin.of(form.gstin()),
                    form.mobileOtp().strip(),
                    form.emailOtp().strip(),
                    request.getRemoteAddr());
            return "redirect:" + BASE + registration.id() + "/" + pageFor(registration.status());
        } catch (RegistrationRefusedException ex) {
            result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
            return "registration/simplified-resume";
        }
    }

    // ----- Step 3: ICEGATE ID and password

    @GetMapping("/{id}/icegate-id")
    String initIcegateIdForm(@PathVariable UUID id, Model model) {
        Registration registration = this.flow.open(id);
        if (registration.status() != RegistrationStatus.DETAILS_VERIFIED) {
            return redirectTo(registration);
        }
        model.addAttribute(
                "icegateIdForm",
                new IcegateIdForm(
                        "", registration.email().value(), registration.mobile().value(), "", ""));
        model.addAttribute("registration", registration);
        return "registration/simplified-icegate-id";
    }

    @PostMapping("/{id}/icegate-id")
    String processIcegateIdForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("icegateIdForm") IcegateIdForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request) {
        Registration registration = this.flow.open(id);
        model.addAttribute("registration", registration);
        if (!result.hasFieldErrors("newPassword")) {
            PasswordPolicy.violations(form.newPassword(), form.icegateId())
                    .forEach(key -> result.rejectValue("newPassword", key, key));
        }
        if (!result.hasFieldErrors("confirmPassword")
                && form.newPassword() != null
                && !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue(
                    "confirmPassword",
                    "registration.simplified.confirmPassword.different",
                    "registration.simplified.confirmPassword.different");
        }
        if (result.hasErrors()) {
            return "registration/simplified-icegate-id";
        }
        if (!this.flow.chooseIcegateId(
                id, IcegateId.of(form.icegateId()), form.newPassword(), request.getRemoteAddr())) {
            result.rejectValue(
                    "icegateId", "registration.simplified.icegateIdTaken", "registration.simplified.icegateIdTaken");
            return "registration/simplified-icegate-id";
        }
        return "redirect:" + BASE + id + "/otp";
    }

    // ----- Steps 4 and 5: OTPs to the registered contacts (case 1.2 posts its own field names, below)

    @GetMapping("/{id}/otp")
    String initOtpForm(@PathVariable UUID id, Model model) {
        return initOtpForm(OtpContacts.REGISTERED, id, model);
    }

    @PostMapping("/{id}/otp")
    String processOtpForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute(OTP_FORM) OtpForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request) {
        return processOtpForm(OtpContacts.REGISTERED, id, form.mobileOtp(), form.emailOtp(), result, model, request);
    }

    /** New OTPs to the contacts the current ones went to (registered or alternate). */
    @PostMapping("/{id}/resend")
    String processResend(@PathVariable UUID id, Model model, HttpServletRequest request) {
        try {
            this.flow.resendOtps(id, request.getRemoteAddr());
        } catch (OtpResendLimitException ex) {
            if (ex.mustStartAgain()) {
                return message(model, ex.messageKey(), ex.messageArguments());
            }
            Registration registration = this.flow.open(id);
            OtpContacts contacts = OtpContacts.of(registration.status());
            model.addAttribute(OTP_FORM, contacts.emptyForm());
            model.addAttribute("resendRefused", text(ex.messageKey(), ex.messageArguments()));
            return otpPage(contacts, registration, model);
        }
        return redirectTo(this.flow.open(id));
    }

    // ----- Step 6: verified; Finish or change contacts

    @GetMapping("/{id}/verified")
    String showVerified(@PathVariable UUID id, Model model) {
        Registration registration = this.flow.open(id);
        if (registration.status() != RegistrationStatus.OTP_VERIFIED) {
            return redirectTo(registration);
        }
        model.addAttribute("registration", registration);
        return "registration/simplified-verified";
    }

    // ----- Case 1.1: Finish, confirmed on a page of its own

    @GetMapping("/{id}/finish")
    String initFinishForm(@PathVariable UUID id, Model model) {
        Registration registration = this.flow.open(id);
        if (registration.status() != RegistrationStatus.OTP_VERIFIED) {
            return redirectTo(registration);
        }
        model.addAttribute("registration", registration);
        return "registration/simplified-finish";
    }

    @PostMapping("/{id}/finish")
    String processFinishForm(
            @PathVariable UUID id,
            @RequestParam(name = "confirm", defaultValue = "false") boolean confirm,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!confirm) {
            return "redirect:" + BASE + id + "/verified";
        }
        try {
            this.flow.finish(id, request.getRemoteAddr());
        } catch (RegistrationRefusedException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return message(model, refused.messageKey(), refused.arguments());
        }
        return "redirect:" + BASE + id + "/done";
    }

    @GetMapping("/{id}/done")
    String showDone(@PathVariable UUID id, Model model) {
        Registration registration = this.flow.open(id);
        if (registration.status() != RegistrationStatus.COMPLETED) {
            return redirectTo(registration);
        }
        model.addAttribute("registration", registration);
        return "registration/simplified-done";
    }

    // ----- Case 1.2: alternate email and mobile

    @GetMapping("/{id}/alternate-contacts")
    String initAlternateContactsForm(@PathVariable UUID id, Model model) {
        Registration registration = this.flow.open(id);
        if (registration.status() != RegistrationStatus.OTP_VERIFIED
                && registration.status() != RegistrationStatus.ALTERNATE_OTP_SENT) {
            return redirectTo(registration);
        }
        model.addAttribute("alternateContactsForm", AlternateContactsForm.empty());
        model.addAttribute("registration", registration);
        return "registration/simplified-alternate-contacts";
    }

    @PostMapping("/{id}/alternate-contacts")
    String processAlternateContactsForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("alternateContactsForm") AlternateContactsForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request) {
        if (result.hasErrors()) {
            model.addAttribute("registration", this.flow.open(id));
            return "registration/simplified-alternate-contacts";
        }
        try {
            this.flow.giveAlternateContacts(
                    id,
                    EmailAddress.of(form.alternateEmail()),
                    MobileNumber.of(form.alternateMobile()),
                    request.getRemoteAddr());
        } catch (OtpResendLimitException ex) {
            if (ex.mustStartAgain()) {
                return message(model, ex.messageKey(), ex.messageArguments());
            }
            result.reject(ex.messageKey(), ex.messageArguments(), ex.messageKey());
            model.addAttribute("registration", this.flow.open(id));
            return "registration/simplified-alternate-contacts";
        }
        return "redirect:" + BASE + id + "/alternate-otp";
    }

    @GetMapping("/{id}/alternate-otp")
    String initAlternateOtpForm(@PathVariable UUID id, Model model) {
        return initOtpForm(OtpContacts.ALTERNATE, id, model);
    }

    @PostMapping("/{id}/alternate-otp")
    String processAlternateOtpForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute(OTP_FORM) AlternateOtpForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request) {
        return processOtpForm(
                OtpContacts.ALTERNATE, id, form.alternateMobileOtp(), form.alternateEmailOtp(), result, model, request);
    }

    // ----- One OTP step, for the registered or the alternate contacts

    private String initOtpForm(OtpContacts contacts, UUID id, Model model) {
        Registration registration = this.flow.open(id);
        if (registration.status() != contacts.status()) {
            return redirectTo(registration);
        }
        model.addAttribute(OTP_FORM, contacts.emptyForm());
        model.addAttribute("sent", true);
        return otpPage(contacts, registration, model);
    }

    private String processOtpForm(
            OtpContacts contacts,
            UUID id,
            String mobileOtp,
            String emailOtp,
            BindingResult result,
            Model model,
            HttpServletRequest request) {
        if (result.hasErrors()) {
            return otpPage(contacts, this.flow.open(id), model);
        }
        OtpCheck check =
                switch (contacts) {
                    case REGISTERED ->
                        this.flow.verifyOtps(id, mobileOtp.strip(), emailOtp.strip(), request.getRemoteAddr());
                    case ALTERNATE ->
                        this.flow.verifyAlternateOtps(id, mobileOtp.strip(), emailOtp.strip(), request.getRemoteAddr());
                };
        if (check.bothMatch()) {
            return "redirect:" + BASE + id + "/" + contacts.next();
        }
        return otpRefused(contacts, check, result, model, id);
    }

    private String otpRefused(OtpContacts contacts, OtpCheck check, BindingResult result, Model model, UUID id) {
        if (check.mustStartAgain()) {
            boolean expired = check.mobile() == OtpOutcome.EXPIRED
                    || check.email() == OtpOutcome.EXPIRED
                    || check.mobile() == OtpOutcome.MISSING
                    || check.email() == OtpOutcome.MISSING;
            return message(model, expired ? "otp.expired" : "otp.startAgain", new Object[0]);
        }
        OtpFieldErrors.reject(check, result, contacts.mobileField(), contacts.emailField());
        return otpPage(contacts, this.flow.open(id), model);
    }

    /** The one OTP page; the form ({@link #OTP_FORM}) is in the model already. */
    private static String otpPage(OtpContacts contacts, Registration registration, Model model) {
        model.addAttribute("contacts", contacts);
        model.addAttribute("registration", registration);
        return "registration/simplified-otp";
    }

    // ----- Refusals

    @ExceptionHandler(RegistrationStateException.class)
    String stateRefused(RegistrationStateException ex, Model model, HttpServletResponse response) {
        if ("registration.state.unknown".equals(ex.messageKey())) {
            return linkGone(model, response);
        }
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        if ("registration.state.abandoned".equals(ex.messageKey())) {
            model.addAttribute("offerResume", true);
        }
        return message(model, ex.messageKey(), new Object[0]);
    }

    /**
     * Two requests for the same step at once (a double click, two tabs): the first one counts. A second Finish that
     * ran alongside the first finds the ID already made the new account's ({@link IcegateIdTakenException}).
     */
    @ExceptionHandler({
        OptimisticLockingFailureException.class,
        IecAlreadyHasAccountException.class,
        IcegateIdTakenException.class
    })
    String concurrentStep(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return message(model, "registration.state.outOfOrder", new Object[0]);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String unknownRegistration(Model model, HttpServletResponse response) {
        return linkGone(model, response);
    }

    /**
     * A flow address that names no registration (mistyped, or from an old link): the way back in is the resume
     * form with the OTPs already received, or the first screen.
     */
    private String linkGone(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("offerResume", true);
        return message(model, "registration.simplified.linkGone", new Object[0]);
    }

    private Optional<Duration> throttle(RateLimit perAddress, RateLimit perIec, Iec iec, HttpServletRequest request) {
        Optional<Duration> byAddress = this.rateLimits.tryConsume(perAddress, request.getRemoteAddr());
        Optional<Duration> byIec = this.rateLimits.tryConsume(perIec, iec.value());
        return byAddress.isPresent() ? byAddress : byIec;
    }

    private static void tooMany(BindingResult result, Duration wait) {
        result.reject("registration.simplified.tooManyAttempts", new Object[] {RateLimit.minutes(wait)}, "too many");
    }

    private static void unavailable(BindingResult result, DirectoryUnavailableException ex) {
        String source = "directory.source." + ex.source();
        result.reject(
                ex.messageKey(),
                new Object[] {new DefaultMessageSourceResolvable(new String[] {source}, source)},
                ex.messageKey());
    }

    private String message(Model model, String key, Object[] arguments) {
        model.addAttribute("message", text(key, arguments));
        return "registration/simplified-message";
    }

    private String text(String key, Object[] arguments) {
        return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static String redirectTo(Registration registration) {
        String page = pageFor(registration.status());
        if (page == null) {
            throw new RegistrationStateException(
                    switch (registration.status()) {
                        case EXPIRED -> "registration.state.expired";
                        case ABANDONED -> "registration.state.abandoned";
                        default -> "registration.state.outOfOrder";
                    },
                    registration.status(),
                    "show");
        }
        return "redirect:" + BASE + registration.id() + "/" + page;
    }

    /** The page where a registration in {@code status} goes on (from the state table), or null when it cannot. */
    static String pageFor(RegistrationStatus status) {
        return RegistrationStateMachine.of(RegistrationRoute.SIMPLIFIED)
                .page(status)
                .orElse(null);
    }
}
