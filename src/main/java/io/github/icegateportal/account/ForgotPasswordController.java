package io.github.icegateportal.account;

import io.github.icegateportal.otp.OtpCheck;
import io.github.icegateportal.otp.OtpFieldErrors;
import io.github.icegateportal.otp.OtpOutcome;
import io.github.icegateportal.shared.field.EmailOtp;
import io.github.icegateportal.shared.field.MobileOtp;
import io.github.icegateportal.shared.web.FailedFields;
import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.shared.web.RateLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Forgot password: ICEGATE ID or IEC and captcha, then OTPs to the registered contacts and a new password. Every
 * answer is the same whether or not the name belongs to an account: an unknown name gets a request of its own whose
 * OTPs simply never match, counted and expiring like real ones. OTPs are sent as often as {@link
 * RateLimit#FORGOT_PASSWORD_ACCOUNT} allows per account (per typed name for an unknown one), besides the limit per
 * client address.
 */
@Controller
class ForgotPasswordController {

    record ForgotForm(String username, String captcha, String captchaId) {}

    record ResetForm(
            UUID request,
            @MobileOtp String mobileOtp,
            @EmailOtp String emailOtp,
            String newPassword,
            String confirmPassword) {}

    /** The fields of the reset form that an address may name, and the messages it may show there. */
    private static final Set<String> RESET_FIELDS = Set.of("mobileOtp", "emailOtp", "newPassword", "confirmPassword");

    private static final Set<String> RESET_MESSAGES = Set.of("otp.", "field.password.", "account.password.");

    private final LoginService login;
    private final LoginChecks checks;
    private final AccountOtps otps;
    private final PasswordChanges passwords;
    private final PasswordResets resets;
    private final OtherSessions otherSessions;
    private final RateLimits rateLimits;

    ForgotPasswordController(
            LoginService login,
            LoginChecks checks,
            AccountOtps otps,
            PasswordChanges passwords,
            PasswordResets resets,
            OtherSessions otherSessions,
            RateLimits rateLimits) {
        this.login = login;
        this.checks = checks;
        this.otps = otps;
        this.passwords = passwords;
        this.resets = resets;
        this.otherSessions = otherSessions;
        this.rateLimits = rateLimits;
    }

    @GetMapping("/login/forgot-password")
    String initForgotForm(Model model) {
        model.addAttribute("forgotForm", new ForgotForm("", "", ""));
        checks.addCaptcha(model);
        return "account/forgot-password";
    }

    @PostMapping("/login/forgot-password")
    String processForgotForm(
            @Valid @ModelAttribute ForgotForm form, BindingResult result, HttpServletRequest request, Model model) {
        try {
            login.requireWithinRateLimit("forgot-password", request.getRemoteAddr());
        } catch (LoginRefusedException ex) {
            result.reject("account.forgot.rate");
        }
        if (!result.hasErrors() && (form.username() == null || form.username().isBlank())) {
            result.rejectValue("username", "account.forgot.usernameRequired");
        }
        if (!result.hasErrors()) {
            checks.validateCaptcha(form.captchaId(), form.captcha(), result);
        }
        String typed = form.username() == null ? "" : form.username().strip();
        Optional<Account> found = result.hasErrors() ? Optional.empty() : login.find(typed);
        if (!result.hasErrors()) {
            // Each request sends an email and a text to the account's contacts: a few per account (ID and IEC alike),
            // from any address, so nobody can flood a holder. Counted for any name typed, known or not, so the limit
            // reveals nothing.
            String key = found.map(account -> "account:" + account.icegateIdKey())
                    .orElseGet(() -> "name:"
                            + typed.substring(0, Math.min(typed.length(), PasswordResets.TYPED_NAME_LENGTH))
                                    .toUpperCase(Locale.ROOT));
            Optional<Duration> wait = rateLimits.tryConsume(RateLimit.FORGOT_PASSWORD_ACCOUNT, key);
            if (wait.isPresent()) {
                result.rejectValue(
                        "username", "account.forgot.rateLimited", new Object[] {RateLimit.minutes(wait.get())}, null);
            }
        }
        if (result.hasErrors()) {
            checks.addCaptcha(model);
            return "account/forgot-password";
        }
        UUID id = resets.open(found, typed);
        return "redirect:/login/forgot-password/verify?request=" + id;
    }

    @GetMapping("/login/forgot-password/verify")
    String initResetForm(
            @RequestParam(required = false) UUID request,
            @RequestParam(name = FailedFields.PARAM, required = false) String error,
            Model model) {
        if (request == null) {
            return "redirect:/login/forgot-password"; // an address without its request: nothing ran out
        }
        if (resets.find(request).isEmpty()) {
            return "redirect:/login/forgot-password?again";
        }
        FailedFields.show(
                error, new ResetForm(request, "", "", "", ""), "resetForm", RESET_FIELDS, RESET_MESSAGES, model);
        return "account/reset-password";
    }

    /** A failed try redirects to the page of its request, naming what failed (never what was typed). */
    private static String failed(UUID request, BindingResult result) {
        return "redirect:/login/forgot-password/verify?request=" + request + "&" + FailedFields.query(result);
    }

    @PostMapping("/login/forgot-password/verify")
    String processResetForm(
            @Valid @ModelAttribute ResetForm form, BindingResult result, HttpServletRequest request, Model model) {
        PasswordResets.ResetRequest reset =
                form.request() == null ? null : resets.find(form.request()).orElse(null);
        if (reset == null) {
            return "redirect:/login/forgot-password?again";
        }
        PasswordChanges.policyViolations(form.newPassword(), form.confirmPassword(), reset.typedName())
                .forEach(violation -> result.rejectValue(violation.field(), violation.messageKey()));
        if (result.hasErrors()) {
            return failed(form.request(), result);
        }
        if (reset.accountId() == null) {
            return wrongCodesForUnknownName(reset, result);
        }
        OtpCheck check = otps.verify(
                reset.otpOwner(), form.mobileOtp().strip(), form.emailOtp().strip());
        if (check.mustStartAgain()) {
            return "redirect:/login/forgot-password?again";
        }
        if (!check.bothMatch()) {
            OtpFieldErrors.reject(check, result);
            return failed(form.request(), result);
        }
        passwords
                .accountViolations(reset.accountId(), form.newPassword())
                .forEach(violation -> result.rejectValue(violation.field(), violation.messageKey()));
        if (result.hasErrors()) {
            return failed(form.request(), result);
        }
        if (!resets.complete(reset, form.newPassword(), request.getRemoteAddr())) {
            return "redirect:/login/forgot-password?again";
        }
        String key = passwords.icegateIdKeyOf(reset.accountId());
        otherSessions.endAllBut(key, null);
        return "redirect:/login?reset";
    }

    /** The same answers a real request gives to wrong codes: both wrong, then start again after the allowed tries. */
    private String wrongCodesForUnknownName(PasswordResets.ResetRequest reset, BindingResult result) {
        if (resets.wrongTryOfUnknownName(reset)) {
            return "redirect:/login/forgot-password?again";
        }
        OtpFieldErrors.reject(new OtpCheck(OtpOutcome.WRONG, OtpOutcome.WRONG), result);
        return failed(reset.id(), result);
    }
}
