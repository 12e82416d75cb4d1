package io.github.icegateportal.registration;

import io.github.icegateportal.account.Accounts;
import io.github.icegateportal.directory.DgftDirectory;
import io.github.icegateportal.directory.GstRegistration;
import io.github.icegateportal.directory.GstnDirectory;
import io.github.icegateportal.directory.IecRecord;
import io.github.icegateportal.notification.Notifications;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.PasswordPolicy;
import io.github.icegateportal.shared.web.Show;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The temporary passwords of simplified registration: ICEGATE sends one to the email and mobile that GSTN holds for
 * an eligible IEC (active IEC, active GSTIN whose PAN is the IEC's, no ICEGATE account yet). 12 random characters
 * that meet the password rule; valid for {@code portal.temporary-password.lifetime}; a new one replaces the old;
 * spent when the registration completes. Only a salted digest is stored.
 */
@Service
@org.springframework.boot.context.properties.EnableConfigurationProperties(TemporaryPasswordProperties.class)
public class TemporaryPasswords {

    static final int LENGTH = 12;

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";

    private static final String DIGITS = "23456789";

    private static final String SPECIAL = "@#$%&*!?";

    private static final String ALL = UPPER + LOWER + DIGITS + SPECIAL;

    private final SecureRandom random = new SecureRandom();

    private final JdbcTemplate jdbc;

    private final DgftDirectory dgft;

    private final GstnDirectory gstn;

    private final Accounts accounts;

    private final Notifications notifications;

    private final MessageSource messages;

    private final TemporaryPasswordProperties properties;

    private final Clock clock;

    private final Show show;

    TemporaryPasswords(
            JdbcTemplate jdbc,
            DgftDirectory dgft,
            GstnDirectory gstn,
            Accounts accounts,
            Notifications notifications,
            MessageSource messages,
            TemporaryPasswordProperties properties,
            Clock clock,
            Show show) {
        this.jdbc = jdbc;
        this.dgft = dgft;
        this.gstn = gstn;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
        this.show = show;
    }

    /** How long a temporary password works once sent ({@code portal.temporary-password.lifetime}). */
    public Duration lifetime() {
        return this.properties.lifetime();
    }

    /**
     * Issues a new temporary password for the pair and sends it to the GSTN email and mobile, if the pair is
     * eligible; replaces any earlier one.
     *
     * <p>An ineligible pair costs the same work (every look-up, a password made, digested and written, the messages
     * rendered) so that the time of the answer does not tell whether a pair is eligible: its row is written spent and
     * expired, so it never matches (and replaces any earlier password of the pair, which could not be used anyway:
     * the pair is not eligible any more). Only the two messages are not sent.
     *
     * @return true when eligible and sent, false otherwise (nothing is sent)
     * @throws io.github.icegateportal.directory.DirectoryUnavailableException when a directory does not answer
     */
    @Transactional
    public boolean issueFor(Iec iec, Gstin gstin) {
        Optional<GstRegistration> registration = eligibleGstRegistration(iec, gstin);
        String password = generate();
        Instant now = this.clock.instant();
        Instant expiresAt = registration.isPresent() ? now.plus(this.properties.lifetime()) : now;
        String salt = HexFormat.of().formatHex(randomBytes(16));
        String hash = digest(salt, password);
        Timestamp issued = Timestamp.from(now);
        Timestamp expires = Timestamp.from(expiresAt);
        Timestamp spent = registration.isPresent() ? null : issued;
        // The pair's row, new or replaced. The insert yields to a row written at the same moment (the form twice,
        // or the form and the admin's bulk run) instead of failing on the key, and the update then replaces it.
        int inserted = this.jdbc.update(
                "INSERT INTO temporary_password (iec, gstin, salt, password_hash, issued_at, expires_at, spent_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                iec.value(),
                gstin.value(),
                salt,
                hash,
                issued,
                expires,
                spent);
        if (inserted == 0) {
            this.jdbc.update(
                    "UPDATE temporary_password SET salt = ?, password_hash = ?, issued_at = ?, expires_at = ?,"
                            + " spent_at = ? WHERE iec = ? AND gstin = ?",
                    salt,
                    hash,
                    issued,
                    expires,
                    spent,
                    iec.value(),
                    gstin.value());
        }
        Locale locale = LocaleContextHolder.getLocale();
        Object[] arguments = {password, iec.value(), show.time(expiresAt, locale)};
        String subject = this.messages.getMessage("registration.temporaryPassword.email.subject", null, locale);
        String body = this.messages.getMessage("registration.temporaryPassword.email.body", arguments, locale);
        String sms = this.messages.getMessage("registration.temporaryPassword.sms", arguments, locale);
        if (registration.isEmpty()) {
            return false;
        }
        this.notifications.email(registration.get().email(), subject, body);
        this.notifications.sms(registration.get().mobile(), sms);
        return true;
    }

    /** Whether {@code password} is the current, unspent, unexpired temporary password of the pair. */
    @Transactional(readOnly = true)
    public boolean matches(Iec iec, Gstin gstin, String password) {
        if (password == null || password.isEmpty() || password.length() > 64) {
            return false;
        }
        List<String[]> rows = this.jdbc.query(
                "SELECT salt, password_hash FROM temporary_password"
                        + " WHERE iec = ? AND gstin = ? AND spent_at IS NULL AND expires_at > ?",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)},
                iec.value(),
                gstin.value(),
                Timestamp.from(this.clock.instant()));
        return rows.stream()
                .anyMatch(row -> MessageDigest.isEqual(
                        row[1].getBytes(StandardCharsets.US_ASCII),
                        digest(row[0], password.strip()).getBytes(StandardCharsets.US_ASCII)));
    }

    /** The registration that used it completed: it works no more. */
    @Transactional
    public void spend(Iec iec, Gstin gstin) {
        this.jdbc.update(
                "UPDATE temporary_password SET spent_at = ? WHERE iec = ? AND gstin = ? AND spent_at IS NULL",
                Timestamp.from(this.clock.instant()),
                iec.value(),
                gstin.value());
    }

    /**
     * The pair's GSTN registration if the pair may have a temporary password. Every look-up is made whatever the
     * answer of the one before, so an ineligible pair costs what an eligible one does.
     */
    private Optional<GstRegistration> eligibleGstRegistration(Iec iec, Gstin gstin) {
        Optional<IecRecord> record = this.dgft.findByIec(iec);
        Optional<GstRegistration> registration = this.gstn.findByGstin(gstin);
        boolean hasAccount = this.accounts.findByIec(iec).isPresent();
        boolean eligible = record.isPresent()
                && record.get().isActive()
                && iec.permanent().isEmpty()
                && registration.isPresent()
                && registration.get().isActive()
                && registration.get().pan().equals(record.get().pan())
                && registration.get().email() != null
                && registration.get().mobile() != null
                && !hasAccount;
        return eligible ? registration : Optional.empty();
    }

    /** 12 random characters with at least one capital, small letter, digit and special character. */
    String generate() {
        while (true) {
            List<Character> characters = new ArrayList<>(LENGTH);
            characters.add(pick(UPPER));
            characters.add(pick(LOWER));
            characters.add(pick(DIGITS));
            characters.add(pick(SPECIAL));
            while (characters.size() < LENGTH) {
                characters.add(pick(ALL));
            }
            Collections.shuffle(characters, this.random);
            StringBuilder password = new StringBuilder(LENGTH);
            characters.forEach(password::append);
            if (PasswordPolicy.isAcceptable(password.toString(), null)) {
                return password.toString();
            }
        }
    }

    private char pick(String alphabet) {
        return alphabet.charAt(this.random.nextInt(alphabet.length()));
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        this.random.nextBytes(bytes);
        return bytes;
    }

    static String digest(String salt, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha256.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
