package io.github.icegateportal.account;

import java.time.Instant;
import java.util.UUID;
import org.springframework.security.core.AuthenticationException;

/** Why a login did not complete; the failure handler turns it into the message on the login page. */
class LoginRefusedException extends AuthenticationException {

    enum Reason {
        BAD_CREDENTIALS("bad"),
        CAPTCHA("captcha"),
        RATE_LIMITED("rate"),
        LOCKED_OUT("locked"),
        PENDING_ACTIVATION("inactive"),
        ACCOUNT_LOCKED("account-locked"),
        DISABLED("disabled"),
        IEC_NOT_ACTIVE("iec"),
        OTP_REQUIRED("otp");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private final Reason reason;
    private final transient Instant until;
    private final String detail;
    private final transient UUID challenge;
    private final int triesLeft;

    private LoginRefusedException(Reason reason, Instant until, String detail, UUID challenge, int triesLeft) {
        super(reason.name());
        this.reason = reason;
        this.until = until;
        this.detail = detail;
        this.challenge = challenge;
        this.triesLeft = triesLeft;
    }

    static LoginRefusedException because(Reason reason) {
        return new LoginRefusedException(reason, null, null, null, -1);
    }

    /** A wrong ID/IEC or password, with the tries left before the lock-out (the same for a known and an unknown name). */
    static LoginRefusedException badCredentials(int triesLeft) {
        return new LoginRefusedException(Reason.BAD_CREDENTIALS, null, null, null, triesLeft);
    }

    static LoginRefusedException until(Reason reason, Instant until) {
        return new LoginRefusedException(reason, until, null, null, -1);
    }

    static LoginRefusedException iecNotActive(String iecStatus) {
        return new LoginRefusedException(Reason.IEC_NOT_ACTIVE, null, iecStatus, null, -1);
    }

    static LoginRefusedException otpRequired(UUID challenge) {
        return new LoginRefusedException(Reason.OTP_REQUIRED, null, null, challenge, -1);
    }

    Reason reason() {
        return reason;
    }

    /** When to try again (lock-out and rate limit). */
    Instant retryAt() {
        return until;
    }

    /** The IEC's status at DGFT when it is not active. */
    String detail() {
        return detail;
    }

    /** After a wrong password, the tries left before the lock-out; -1 otherwise. */
    int triesLeft() {
        return triesLeft;
    }

    /** The OTP step's id. */
    UUID challenge() {
        return challenge;
    }
}
