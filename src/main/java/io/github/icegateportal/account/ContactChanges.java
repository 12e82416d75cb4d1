package io.github.icegateportal.account;

import io.github.icegateportal.account.AccountOtps.Purpose;
import io.github.icegateportal.notification.Notifications;
import io.github.icegateportal.otp.OtpCheck;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.MobileNumber;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of the registered email or mobile waiting for their OTPs (table {@code contact_changes}), each named by the
 * id in its address: the OTP of the changed channel goes to the new contact, the other to the registered contact of
 * the other channel, and once both match the change is made and a notice goes to the old contact.
 */
@Service
class ContactChanges {

    /** A change asked for and not yet made (nor expired). */
    record PendingChange(UUID id, long accountId, Purpose channel, String newValue) {

        String otpOwner() {
            return AccountOtps.owner(channel, id);
        }
    }

    private final AccountRepository accounts;
    private final AccountOtps otps;
    private final Notifications notifications;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactChanges(
            AccountRepository accounts,
            AccountOtps otps,
            Notifications notifications,
            MessageSource messages,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.otps = otps;
        this.notifications = notifications;
        this.messages = messages;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Sends the OTPs for changing {@code channel} of {@code account} to {@code newValue}; the change's id. */
    @Transactional
    UUID open(Account account, Purpose channel, String newValue) {
        UUID id = UUID.randomUUID();
        var codes = channel == Purpose.EMAIL
                ? otps.send(AccountOtps.owner(channel, id), channel, account.mobile(), EmailAddress.of(newValue))
                : otps.send(AccountOtps.owner(channel, id), channel, MobileNumber.of(newValue), account.email());
        jdbc.update(
                "INSERT INTO contact_changes (id, account_id, channel, new_value, created_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                id,
                account.id(),
                channel.name(),
                newValue,
                Timestamp.from(clock.instant()),
                Timestamp.from(codes.expiresAt()));
        return id;
    }

    /** The account's change of {@code channel} with this id, while it waits for its OTPs. */
    @Transactional(readOnly = true)
    Optional<PendingChange> pending(UUID id, long accountId, Purpose channel) {
        if (id == null) {
            return Optional.empty();
        }
        List<PendingChange> found = jdbc.query(
                "SELECT id, account_id, channel, new_value FROM contact_changes WHERE id = ? AND account_id = ? "
                        + "AND channel = ? AND completed_at IS NULL AND expires_at > ?",
                (row, n) -> new PendingChange(
                        row.getObject(1, UUID.class),
                        row.getLong(2),
                        Purpose.valueOf(row.getString(3)),
                        row.getString(4)),
                id,
                accountId,
                channel.name(),
                Timestamp.from(clock.instant()));
        return found.stream().findFirst();
    }

    /**
     * Checks the two codes (a wrong try counts) and, when both match, makes the change in the same transaction. The
     * check says which: both matched (changed), wrong codes, or start again.
     */
    @Transactional
    OtpCheck verify(PendingChange pending, String mobileOtp, String emailOtp, String remoteAddress) {
        OtpCheck check = otps.verifyAndSpend(pending.otpOwner(), mobileOtp, emailOtp);
        if (!check.mustStartAgain() && check.bothMatch()) {
            apply(pending, remoteAddress);
        }
        return check;
    }

    private void apply(PendingChange pending, String remoteAddress) {
        Account account = accounts.findById(pending.accountId()).orElseThrow();
        Instant now = clock.instant();
        var locale = LocaleContextHolder.getLocale();
        String subject = messages.getMessage("account.contact.notice.subject", null, locale);
        String oldMasked;
        String newMasked;
        if (pending.channel() == Purpose.EMAIL) {
            EmailAddress old = account.email();
            EmailAddress updated = EmailAddress.of(pending.newValue());
            oldMasked = old.masked();
            newMasked = updated.masked();
            account.changeEmail(updated, now);
            notifications.email(
                    old,
                    subject,
                    messages.getMessage(
                            "account.contact.notice.EMAIL",
                            new Object[] {account.icegateId().value(), newMasked},
                            locale));
        } else {
            MobileNumber old = account.mobile();
            MobileNumber updated = MobileNumber.of(pending.newValue());
            oldMasked = old.masked();
            newMasked = updated.masked();
            account.changeMobile(updated, now);
            notifications.sms(
                    old,
                    messages.getMessage(
                            "account.contact.notice.MOBILE",
                            new Object[] {account.icegateId().value(), newMasked},
                            locale));
        }
        jdbc.update("UPDATE contact_changes SET completed_at = ? WHERE id = ?", Timestamp.from(now), pending.id());
        events.publishEvent(new ContactChanged(
                account.icegateId().value(), pending.channel().name(), oldMasked, newMasked, now, remoteAddress));
    }
}
