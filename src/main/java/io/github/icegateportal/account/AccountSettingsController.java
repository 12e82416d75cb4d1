package io.github.icegateportal.account;

import io.github.icegateportal.shared.security.LoginLockout;
import io.github.icegateportal.shared.web.Show;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Account settings: change password, OTP at login. */
@Controller
class AccountSettingsController {

    private final AccountRepository accounts;
    private final PasswordChanges passwords;
    private final OtherSessions otherSessions;
    private final LoginLockout lockout;
    private final LoginProperties properties;

    private final Show show;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountSettingsController(
            AccountRepository accounts,
            PasswordChanges passwords,
            OtherSessions otherSessions,
            LoginLockout lockout,
            LoginProperties properties,
            Show show,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.otherSessions = otherSessions;
        this.lockout = lockout;
        this.properties = properties;
        this.show = show;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Wrong current passwords on the change form are counted like failed logins (in the database, per account, under a
     * key of their own), so a session left open cannot be used to guess the password at the speed of the hash; the
     * login itself is not locked by them.
     */
    static final String CURRENT_PASSWORD_GUESSES = "current-password:";

    record ChangePasswordForm(String password, String newPassword, String confirmPassword) {}

    record LoginOtpForm(boolean loginOtp) {}

    @GetMapping("/account/password")
    String initChangePasswordForm(Model model) {
        model.addAttribute("changePasswordForm", new ChangePasswordForm("", "", ""));
        return "account/change-password";
    }

    @PostMapping("/account/password")
    String processChangePasswordForm(
            @AuthenticationPrincipal PortalUser user,
            @Valid @ModelAttribute ChangePasswordForm form,
            BindingResult result,
            HttpServletRequest request) {
        Account account = accounts.findByIcegateIdKey(user.icegateIdKey()).orElseThrow();
        String guesses = CURRENT_PASSWORD_GUESSES + account.icegateIdKey();
        // Counted before the hash, like a login: at most max-failures checks within the lock-out period.
        var attempt = lockout.reserve(guesses, properties.maxFailures(), properties.lockout());
        if (attempt.refused()) {
            rejectGuessing(attempt.lockedUntil(), result);
            return "account/change-password";
        }
        if (!passwords.isCurrent(account.id(), form.password())) {
            if (attempt.lockedIfWrong().isPresent()) {
                rejectGuessing(attempt.lockedUntil(), result);
                return "account/change-password";
            }
            result.rejectValue("password", "account.password.currentWrong");
        } else {
            lockout.clear(guesses);
        }
        PasswordChanges.policyViolations(
                        form.newPassword(),
                        form.confirmPassword(),
                        account.icegateId().value())
                .forEach(violation -> result.rejectValue(violation.field(), violation.messageKey()));
        if (!result.hasErrors()) {
            passwords
                    .accountViolations(account.id(), form.newPassword())
                    .forEach(violation -> result.rejectValue(violation.field(), violation.messageKey()));
        }
        if (result.hasErrors()) {
            return "account/change-password";
        }
        passwords.change(account.id(), form.newPassword(), false, request.getRemoteAddr());
        otherSessions.endAllBut(account.icegateIdKey(), request);
        return "redirect:/account/password?changed";
    }

    private void rejectGuessing(java.time.Instant until, BindingResult result) {
        String time = show.time(until.plusSeconds(59));
        result.rejectValue("password", "account.password.currentLocked", new Object[] {time}, null);
    }

    @GetMapping("/account/login-otp")
    String initLoginOtpForm(@AuthenticationPrincipal PortalUser user, Model model) {
        Account account = accounts.findByIcegateIdKey(user.icegateIdKey()).orElseThrow();
        model.addAttribute("loginOtpForm", new LoginOtpForm(account.loginOtp()));
        model.addAttribute("alwaysOtp", properties.otp() == LoginProperties.OtpMode.ALWAYS);
        return "account/login-otp-setting";
    }

    @PostMapping("/account/login-otp")
    String processLoginOtpForm(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(defaultValue = "false") boolean loginOtp,
            HttpServletRequest request) {
        transactions.executeWithoutResult(status -> {
            Account account = accounts.findByIcegateIdKey(user.icegateIdKey()).orElseThrow();
            if (account.loginOtp() != loginOtp) {
                account.changeLoginOtp(loginOtp, clock.instant());
                events.publishEvent(new LoginOtpPreferenceChanged(
                        account.icegateId().value(), loginOtp, clock.instant(), request.getRemoteAddr()));
            }
        });
        return "redirect:/account/login-otp?saved";
    }
}
