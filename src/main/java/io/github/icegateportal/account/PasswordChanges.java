package io.github.icegateportal.account;

import io.github.icegateportal.notification.Notifications;
import io.github.icegateportal.shared.field.PasswordPolicy;
import io.github.icegateportal.shared.security.LoginLockout;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changing a password, by its holder or after a forgotten-password check: policy, history, sessions, notice. */
@Service
class PasswordChanges {

    /** A rule the new password broke: the form field and the message key. */
    record Violation(String field, String messageKey) {}

    private final AccountRepository accounts;
    private final PasswordHistory history;
    private final PasswordEncoder passwordEncoder;
    private final LoginLockout lockout;
    private final Notifications notifications;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordChanges(
            AccountRepository accounts,
            PasswordHistory history,
            PasswordEncoder passwordEncoder,
            LoginLockout lockout,
            Notifications notifications,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.history = history;
        this.passwordEncoder = passwordEncoder;
        this.lockout = lockout;
        this.notifications = notifications;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** The policy's verdict on a new password and its confirmation, before anything else is checked. */
    static List<Violation> policyViolations(String newPassword, String confirmPassword, String icegateIdOrNull) {
        List<Violation> violations = new ArrayList<>();
        PasswordPolicy.violations(newPassword, icegateIdOrNull)
                .forEach(key -> violations.add(new Violation("newPassword", key)));
        if (newPassword != null && !newPassword.equals(confirmPassword)) {
            violations.add(new Violation("confirmPassword", "account.password.mismatch"));
        }
        return violations;
    }

    /** Whether {@code rawPassword} is the account's current password. */
    boolean isCurrent(long accountId, String rawPassword) {
        return accounts.findById(accountId)
                .map(account -> passwordEncoder.matches(rawPassword == null ? "" : rawPassword, account.passwordHash()))
                .orElse(false);
    }

    String icegateIdKeyOf(long accountId) {
        return accounts.findById(accountId).orElseThrow().icegateIdKey();
    }

    /** The rules that need the account: not containing its ID, not one of its last passwords. */
    List<Violation> accountViolations(long accountId, String newPassword) {
        Account account = accounts.findById(accountId).orElseThrow();
        List<Violation> violations = new ArrayList<>();
        if (!PasswordPolicy.violations(newPassword, account.icegateId().value()).isEmpty()) {
            violations.add(new Violation("newPassword", "field.password.containsIcegateId"));
        } else if (history.isRecent(accountId, newPassword)) {
            violations.add(new Violation("newPassword", "account.password.recent"));
        }
        return violations;
    }

    /**
     * Sets the new password (already checked), clears lock-outs, unlocks a locked account, records it in the history,
     * tells the holder by email and SMS and publishes the event. The caller ends the other sessions.
     */
    @Transactional
    Account change(long accountId, String newPassword, boolean reset, String remoteAddress) {
        Account account = accounts.findById(accountId).orElseThrow();
        Instant now = clock.instant();
        String hash = passwordEncoder.encode(newPassword);
        account.changePasswordHash(hash, now);
        history.remember(accountId, hash, now);
        lockout.clear("account:" + account.icegateIdKey());
        var locale = LocaleContextHolder.getLocale();
        String text = messages.getMessage(
                "account.password.notice", new Object[] {account.icegateId().value()}, locale);
        notifications.email(
                account.email(), messages.getMessage("account.password.notice.subject", null, locale), text);
        notifications.sms(account.mobile(), text);
        events.publishEvent(new PasswordChanged(account.icegateId().value(), reset, now, remoteAddress));
        return account;
    }
}
