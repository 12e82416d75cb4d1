package io.github.icegateportal.otp;

import java.time.Duration;
import java.util.Optional;

/**
 * A resend that is not allowed: either too soon after the last codes ({@link #retryAfter()} says how long to
 * wait), or never again for these codes because the resend limit is reached or they expired or were spent
 * ({@link #mustStartAgain()}). {@link #messageKey()} names a text in the otp section of the message bundles.
 */
public class OtpResendLimitException extends RuntimeException {

    private final Duration retryAfter;

    private final int resendsLeft;

    private OtpResendLimitException(String message, Duration retryAfter, int resendsLeft) {
        super(message);
        this.retryAfter = retryAfter;
        this.resendsLeft = resendsLeft;
    }

    static OtpResendLimitException limitReached(int maxResends) {
        return new OtpResendLimitException("All " + maxResends + " resends are used", null, 0);
    }

    static OtpResendLimitException noLiveCodes() {
        return new OtpResendLimitException("The codes expired or were spent", null, 0);
    }

    static OtpResendLimitException tooSoon(Duration wait, int resendsLeft) {
        return new OtpResendLimitException("Resend allowed again in " + wait, wait, resendsLeft);
    }

    /** Seconds to wait before the next resend, at least 1; 0 when no resend will be allowed for these codes. */
    public long secondsToWait() {
        return retryAfter == null ? 0 : Math.max(1, retryAfter.toSeconds());
    }

    /** Resends still allowed for these codes once the wait is over; 0 when {@link #mustStartAgain()}. */
    public int resendsLeft() {
        return resendsLeft;
    }

    /** How long to wait before the next resend; empty when no resend will be allowed for these codes. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean mustStartAgain() {
        return retryAfter == null;
    }

    /**
     * {@code otp.resend.tooSoon} (arguments: seconds to wait, resends left) or {@code otp.resend.limitReached}.
     */
    public String messageKey() {
        return mustStartAgain() ? "otp.resend.limitReached" : "otp.resend.tooSoon";
    }

    /** The arguments of {@link #messageKey()}. */
    public Object[] messageArguments() {
        return retryAfter == null ? new Object[0] : new Object[] {secondsToWait(), resendsLeft};
    }
}
