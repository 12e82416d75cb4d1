package io.github.icegateportal.otp;

/**
 * The result of checking a mobile code and an email code together.
 *
 * @param resendAvailable whether a resend may still give new codes (the resend limit is not reached and the
 *     codes are neither expired nor spent)
 */
public record OtpCheck(OtpOutcome mobile, OtpOutcome email, boolean resendAvailable) {

    /** A result without a resend left: an exhausted code then means starting again. */
    public OtpCheck(OtpOutcome mobile, OtpOutcome email) {
        this(mobile, email, false);
    }

    /** The same result for a step that offers no resend: used-up tries then mean starting again. */
    public OtpCheck withoutResend() {
        return new OtpCheck(mobile, email, false);
    }

    public boolean bothMatch() {
        return mobile == OtpOutcome.MATCH && email == OtpOutcome.MATCH;
    }

    /**
     * True when these codes can never succeed and no resend can help: they expired, were spent or never
     * issued, or a code's tries are used up after the last resend. The person starts again from the first screen.
     */
    public boolean mustStartAgain() {
        if (ranOut()) {
            return true;
        }
        return is(OtpOutcome.EXHAUSTED) && !resendAvailable;
    }

    /** True when a code expired, was spent or was never issued: the codes ran out, not the person's tries. */
    public boolean ranOut() {
        return is(OtpOutcome.EXPIRED) || is(OtpOutcome.MISSING);
    }

    /** True when a code's tries are used up but a resend can still give new codes. */
    public boolean mustResend() {
        return is(OtpOutcome.EXHAUSTED) && !mustStartAgain();
    }

    private boolean is(OtpOutcome outcome) {
        return mobile == outcome || email == outcome;
    }
}
