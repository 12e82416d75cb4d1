package io.github.icegateportal.account;

import io.github.icegateportal.account.AccountOtps.Purpose;
import io.github.icegateportal.otp.OtpCheck;
import io.github.icegateportal.otp.OtpOutcome;
import io.github.icegateportal.shared.web.RateLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Forgot password: ICEGATE ID or IEC and captcha, then OTPs to the registered contacts and a new password. Every
 * answer is the same whether or not the name belongs to an account: an unknown name gets a request of its own whose
 * OTPs simply never match, counted and expiring like real ones. OTPs are sent at most {@link #REQUESTS_PER_ACCOUNT}
 * times in 15 minutes per account (per typed name for an unknown one), besides the limit per client address.
 */
@Controller
class ForgotPasswordController {

    record ResetRequest(UUID id, Long accountId, String typedName, int wrongTries) {}

    record ForgotForm(String username, String captcha, String captchaId) {}

    record ResetForm(UUID request, String mobileOtp, String emailOtp, String newPassword, String confirmPassword) {}

    /** How often OTPs may be sent for one account (or one unknown name) in 15 minutes by this form. */
    static final int REQUESTS_PER_ACCOUNT = 3;

    private final LoginService login;
    private final LoginChecks checks;
    private final AccountOtps otps;
    private final PasswordChanges passwords;
    private final OtherSessions otherSessions;
    private final JdbcTemplate jdbc;
    private final RateLimits rateLimits;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final java.time.Duration lifetime;
    private final int maxAttempts;

    ForgotPasswordController(
            LoginService login,
            LoginChecks checks,
            AccountOtps otps,
            PasswordChanges passwords,
            OtherSessions otherSessions,
            JdbcTemplate jdbc,
            RateLimits rateLimits,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${portal.otp.lifetime:PT2H}") java.time.Duration lifetime,
            @Value("${portal.otp.max-attempts:5}") int maxAttempts) {
        this.login = login;
        this.checks = checks;
        this.otps = otps;
        this.passwords = passwords;
        this.otherSessions = otherSessions;
        this.jdbc = jdbc;
        this.rateLimits = rateLimits;
        this.transactions = transactions;
        this.clock = clock;
        this.lifetime = lifetime;
        this.maxAttempts = maxAttempts;
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
        if (!result.hasErrors() && !checks.captchaPasses(form.captchaId(), form.captcha())) {
            result.rejectValue("captcha", "captcha.wrong");
        }
        String typed = form.username() == null ? "" : form.username().strip();
        Optional<Account> found = result.hasErrors() ? Optional.empty() : login.find(typed);
        if (!result.hasErrors()) {
            // Each request sends an email and a text to the account's contacts: a few per account (ID and IEC alike),
            // from any address, so nobody can flood a holder. Counted for any name typed, known or not, so the limit
            // reveals nothing.
            String key = found.map(account -> "account:" + account.icegateIdKey())
                    .orElseGet(() -> "name:"
                            + typed.substring(0, Math.min(typed.length(), 64)).toUpperCase(Locale.ROOT));
            Optional<Duration> wait =
                    rateLimits.tryConsume("forgot-password-account", key, REQUESTS_PER_ACCOUNT, Duration.ofMinutes(15));
            if (wait.isPresent()) {
                long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
                result.rejectValue("username", "account.forgot.rateLimited", new Object[] {minutes}, null);
            }
        }
        if (result.hasErrors()) {
            checks.addCaptcha(model);
            return "account/forgot-password";
        }
        UUID id = UUID.randomUUID();
        Optional<Account> account = found.filter(
                candidate -> candidate.status() == AccountStatus.ACTIVE || candidate.status() == AccountStatus.LOCKED);
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            Instant expires = now.plus(lifetime);
            if (account.isPresent()) {
                expires = otps.send(
                                AccountOtps.owner(Purpose.RESET, id),
                                Purpose.RESET,
                                account.get().mobile(),
                                account.get().email())
                        .expiresAt();
            }
            jdbc.update(
                    "INSERT INTO password_resets (id, account_id, typed_name, wrong_tries, created_at, expires_at) "
                            + "VALUES (?, ?, ?, 0, ?, ?)",
                    id,
                    account.map(Account::id).orElse(null),
                    typed.length() > 64 ? typed.substring(0, 64) : typed,
                    Timestamp.from(now),
                    Timestamp.from(expires));
        });
        return "redirect:/login/forgot-password/verify?request=" + id;
    }

    @GetMapping("/login/forgot-password/verify")
    String initResetForm(@RequestParam(required = false) UUID request, Model model) {
        if (request == null || find(request).isEmpty()) {
            return "redirect:/login/forgot-password?again";
        }
        model.addAttribute("resetForm", new ResetForm(request, "", "", "", ""));
        return "account/reset-password";
    }

    @PostMapping("/login/forgot-password/verify")
    String processResetForm(
            @Valid @ModelAttribute ResetForm form, BindingResult result, HttpServletRequest request, Model model) {
        ResetRequest reset =
                form.request() == null ? null : find(form.request()).orElse(null);
        if (reset == null) {
            return "redirect:/login/forgot-password?again";
        }
        if (form.mobileOtp() == null || form.mobileOtp().isBlank()) {
            result.rejectValue("mobileOtp", "account.otp.mobileRequired");
        }
        if (form.emailOtp() == null || form.emailOtp().isBlank()) {
            result.rejectValue("emailOtp", "account.otp.emailRequired");
        }
        PasswordChanges.policyViolations(form.newPassword(), form.confirmPassword(), reset.typedName())
                .forEach(violation -> result.rejectValue(violation.field(), violation.messageKey()));
        if (result.hasErrors()) {
            return "account/reset-password";
        }
        String owner = AccountOtps.owner(Purpose.RESET, reset.id());
        if (reset.accountId() == null) {
            return wrongCodesForUnknownName(reset, result);
        }
        OtpCheck check = otps.verify(owner, form.mobileOtp(), form.emailOtp());
        if (check.mustStartAgain()) {
            return "redirect:/login/forgot-password?again";
        }
        if (!check.bothMatch()) {
            LoginOtpController.rejectWrongCodes(check, result);
            return "account/reset-password";
        }
        passwords
                .accountViolations(reset.accountId(), form.newPassword())
                .forEach(violation -> result.rejectValue(violation.field(), violation.messageKey()));
        if (result.hasErrors()) {
            return "account/reset-password";
        }
        Boolean changed = transactions.execute(status -> {
            int completed = jdbc.update(
                    "UPDATE password_resets SET completed_at = ? WHERE id = ? AND completed_at IS NULL",
                    Timestamp.from(clock.instant()),
                    reset.id());
            if (completed != 1 || !otps.spend(owner)) {
                status.setRollbackOnly();
                return false;
            }
            passwords.change(reset.accountId(), form.newPassword(), true, request.getRemoteAddr());
            return true;
        });
        if (!Boolean.TRUE.equals(changed)) {
            return "redirect:/login/forgot-password?again";
        }
        String key = passwords.icegateIdKeyOf(reset.accountId());
        otherSessions.endAllBut(key, null);
        return "redirect:/login?reset";
    }

    /** The same answers a real request gives to wrong codes: both wrong, then start again after the allowed tries. */
    private String wrongCodesForUnknownName(ResetRequest reset, BindingResult result) {
        jdbc.update("UPDATE password_resets SET wrong_tries = wrong_tries + 1 WHERE id = ?", reset.id());
        if (reset.wrongTries() + 1 >= maxAttempts) {
            return "redirect:/login/forgot-password?again";
        }
        LoginOtpController.rejectWrongCodes(new OtpCheck(OtpOutcome.WRONG, OtpOutcome.WRONG), result);
        return "account/reset-password";
    }

    private Optional<ResetRequest> find(UUID id) {
        List<ResetRequest> found = jdbc.query(
                "SELECT id, account_id, typed_name, wrong_tries FROM password_resets "
                        + "WHERE id = ? AND completed_at IS NULL AND expires_at > ? AND wrong_tries < ?",
                (row, n) -> new ResetRequest(
                        row.getObject(1, UUID.class),
                        row.getObject(2) == null ? null : row.getLong(2),
                        row.getString(3),
                        row.getInt(4)),
                id,
                Timestamp.from(clock.instant()),
                maxAttempts);
        return found.stream().findFirst();
    }
}
