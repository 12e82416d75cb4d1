package io.github.icegateportal.account;

import io.github.icegateportal.notification.Notifications;
import io.github.icegateportal.otp.IssuedCodes;
import io.github.icegateportal.otp.OneTimePasswords;
import io.github.icegateportal.otp.OtpCheck;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.web.Show;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time codes for the account's flows (the OTP step of a login, a forgotten password, a change of contact),
 * issued by the OTP module and sent through the notification module in the same transaction.
 */
@Component
class AccountOtps {

    enum Purpose {
        LOGIN,
        RESET,
        EMAIL,
        MOBILE
    }

    record LoginChallenge(UUID id, long accountId, String remoteAddress) {}

    private final OneTimePasswords otps;
    private final Notifications notifications;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final Show show;
    private final Clock clock;

    AccountOtps(
            OneTimePasswords otps,
            Notifications notifications,
            MessageSource messages,
            JdbcTemplate jdbc,
            Show show,
            Clock clock) {
        this.otps = otps;
        this.notifications = notifications;
        this.messages = messages;
        this.jdbc = jdbc;
        this.show = show;
        this.clock = clock;
    }

    /** Starts the OTP step of a login: codes to the account's registered mobile and email. */
    @Transactional
    UUID startLogin(Account account, String remoteAddress) {
        UUID id = UUID.randomUUID();
        IssuedCodes codes = send(owner(Purpose.LOGIN, id), Purpose.LOGIN, account.mobile(), account.email());
        jdbc.update(
                "INSERT INTO login_challenges (id, account_id, remote_address, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                id,
                account.id(),
                remoteAddress,
                Timestamp.from(clock.instant()),
                Timestamp.from(codes.expiresAt()));
        return id;
    }

    /** Where a step's codes went: the email address and mobile number, as the demo outbox's filter takes them. */
    record SentTo(String email, String mobile) {

        /** The model attribute the OTP pages read for their "Read your OTPs" link. */
        static final String ATTRIBUTE = "otpSentTo";
    }

    /** The registered contacts of an account, where its login and password-reset codes go. */
    @Transactional(readOnly = true)
    Optional<SentTo> registeredContacts(long accountId) {
        return jdbc
                .query(
                        "SELECT email, mobile FROM accounts WHERE id = ?",
                        (row, n) -> new SentTo(row.getString(1), row.getString(2)),
                        accountId)
                .stream()
                .findFirst();
    }

    /** The login's OTP step, while its codes can still be used. */
    @Transactional(readOnly = true)
    Optional<LoginChallenge> loginChallenge(UUID id) {
        List<LoginChallenge> found = jdbc.query(
                "SELECT id, account_id, remote_address FROM login_challenges "
                        + "WHERE id = ? AND completed_at IS NULL AND expires_at > ?",
                (row, n) -> new LoginChallenge(row.getObject(1, UUID.class), row.getLong(2), row.getString(3)),
                id,
                Timestamp.from(clock.instant()));
        return found.stream().findFirst();
    }

    /** Checks the login's codes; when both match they are spent and the step is completed (once only). */
    @Transactional
    OtpCheck verifyLogin(UUID id, String mobileCode, String emailCode) {
        OtpCheck check = otps.verifyAndSpend(owner(Purpose.LOGIN, id), mobileCode, emailCode)
                .withoutResend();
        if (check.bothMatch()) {
            jdbc.update(
                    "UPDATE login_challenges SET completed_at = ? WHERE id = ?", Timestamp.from(clock.instant()), id);
        }
        return check;
    }

    /**
     * Issues new codes for {@code owner} and sends the mobile code to {@code mobile} and the email code to
     * {@code email}, in the caller's transaction.
     */
    IssuedCodes send(String owner, Purpose purpose, MobileNumber mobile, EmailAddress email) {
        IssuedCodes codes = otps.issue(owner);
        var locale = LocaleContextHolder.getLocale();
        String until = show.time(codes.expiresAt(), locale);
        String what = messages.getMessage("account.otp.purpose." + purpose, null, locale);
        notifications.sms(
                mobile, messages.getMessage("account.otp.sms", new Object[] {codes.mobileCode(), what, until}, locale));
        notifications.email(
                email,
                messages.getMessage("account.otp.email.subject", new Object[] {what}, locale),
                messages.getMessage("account.otp.email.body", new Object[] {codes.emailCode(), what, until}, locale));
        return codes;
    }

    /** Account steps offer no resend: a code whose tries are used up means starting the step again. */
    OtpCheck verify(String owner, String mobileCode, String emailCode) {
        return otps.verify(owner, mobileCode, emailCode).withoutResend();
    }

    /** As {@link #verify}, spending the codes once both match. */
    OtpCheck verifyAndSpend(String owner, String mobileCode, String emailCode) {
        return otps.verifyAndSpend(owner, mobileCode, emailCode).withoutResend();
    }

    boolean spend(String owner) {
        return otps.spend(owner);
    }

    static String owner(Purpose purpose, UUID id) {
        return "account-" + purpose.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }

    Instant now() {
        return clock.instant();
    }
}
