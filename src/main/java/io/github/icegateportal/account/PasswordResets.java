package io.github.icegateportal.account;

import io.github.icegateportal.account.AccountOtps.Purpose;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The requests of the forgot-password form (table {@code password_resets}), each named by the id in its address: one
 * per form sent, for a name that belongs to an account or not, so that every answer is the same. A request of an
 * unknown name has no OTPs; its wrong tries are counted here like real ones.
 */
@Service
class PasswordResets {

    /** A request still open: not completed, not expired, not out of tries. */
    record ResetRequest(UUID id, Long accountId, String typedName, int wrongTries) {

        String otpOwner() {
            return AccountOtps.owner(Purpose.RESET, id);
        }
    }

    /** As much of a typed name as a request keeps. */
    static final int TYPED_NAME_LENGTH = 64;

    private final AccountOtps otps;
    private final PasswordChanges passwords;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration lifetime;
    private final int maxAttempts;

    PasswordResets(
            AccountOtps otps,
            PasswordChanges passwords,
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${portal.otp.lifetime:PT2H}") Duration lifetime,
            @Value("${portal.otp.max-attempts:5}") int maxAttempts) {
        this.otps = otps;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
        this.maxAttempts = maxAttempts;
    }

    /**
     * Opens a request for {@code typedName}: OTPs to the contacts of {@code account} when there is one that may reset
     * its password (active or locked), none otherwise. The request's id.
     */
    @Transactional
    UUID open(Optional<Account> account, String typedName) {
        UUID id = UUID.randomUUID();
        Optional<Account> resettable = account.filter(
                candidate -> candidate.status() == AccountStatus.ACTIVE || candidate.status() == AccountStatus.LOCKED);
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        if (resettable.isPresent()) {
            expires = otps.send(
                            AccountOtps.owner(Purpose.RESET, id),
                            Purpose.RESET,
                            resettable.get().mobile(),
                            resettable.get().email())
                    .expiresAt();
        }
        jdbc.update(
                "INSERT INTO password_resets (id, account_id, typed_name, wrong_tries, created_at, expires_at) "
                        + "VALUES (?, ?, ?, 0, ?, ?)",
                id,
                resettable.map(Account::id).orElse(null),
                typedName.length() > TYPED_NAME_LENGTH ? typedName.substring(0, TYPED_NAME_LENGTH) : typedName,
                Timestamp.from(now),
                Timestamp.from(expires));
        return id;
    }

    /** The request, while it is open. */
    @Transactional(readOnly = true)
    Optional<ResetRequest> find(UUID id) {
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

    /** Counts a wrong try on a request of an unknown name; true when it has used up its tries. */
    @Transactional
    boolean wrongTryOfUnknownName(ResetRequest reset) {
        jdbc.update("UPDATE password_resets SET wrong_tries = wrong_tries + 1 WHERE id = ?", reset.id());
        return reset.wrongTries() + 1 >= maxAttempts;
    }

    /**
     * Completes the request with its verified OTPs and sets the new password; false (and nothing changed) when the
     * request or its OTPs were used meanwhile, by a second tab or a second click.
     */
    @Transactional
    boolean complete(ResetRequest reset, String newPassword, String remoteAddress) {
        int completed = jdbc.update(
                "UPDATE password_resets SET completed_at = ? WHERE id = ? AND completed_at IS NULL",
                Timestamp.from(clock.instant()),
                reset.id());
        if (completed != 1 || !otps.spend(reset.otpOwner())) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return false;
        }
        passwords.change(reset.accountId(), newPassword, true, remoteAddress);
        return true;
    }
}
