package io.github.icegateportal.otp;

/** What became of one code (the mobile one or the email one) in a check. */
public enum OtpOutcome {
    /** The code is the current one. */
    MATCH,
    /** Not the current code; the try was counted. */
    WRONG,
    /** The codes are older than {@code portal.otp.lifetime}. */
    EXPIRED,
    /** This code's wrong tries are used up (this try may have used the last one): only a resend helps. */
    EXHAUSTED,
    /** No codes were issued for this owner, or they were spent. */
    MISSING
}
