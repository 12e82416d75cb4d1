package io.github.icegateportal.otp;

import java.time.Instant;
import java.util.Optional;

/**
 * Pairs of one-time codes (one for the mobile, one for the email) per owner, such as {@code "registration:" +
 * id}. Every method joins the caller's transaction when there is one.
 */
public interface OneTimePasswords {

    /** New codes with fresh counts (wrong tries and resends), replacing any earlier codes of the owner. */
    IssuedCodes issue(String owner);

    /**
     * New codes replacing the current ones, with fresh wrong-try counts.
     *
     * @throws OtpResendLimitException when asked again within {@code portal.otp.resend-interval}, after
     *     {@code portal.otp.max-resends} resends, or when the codes expired or were spent
     * @throws IllegalStateException when no codes were issued for the owner
     */
    IssuedCodes resend(String owner);

    /**
     * How many more times the owner's current codes may be resent ({@code portal.otp.max-resends} less the resends
     * so far); 0 when no codes were issued.
     */
    int resendsLeft(String owner);

    /** Checks both codes, counting a wrong try against each code that is wrong. Spends nothing. */
    OtpCheck verify(String owner, String mobileCode, String emailCode);

    /**
     * Like {@link #verify}, and when both codes match spends them in the same step: of two requests that
     * present the same codes at once, exactly one sees {@link OtpCheck#bothMatch()}.
     */
    OtpCheck verifyAndSpend(String owner, String mobileCode, String emailCode);

    /**
     * Whether both codes are the owner's current ones (to resume a registration): counts no tries, spends
     * nothing; false when the codes expired, were spent, or a code's tries are used up.
     */
    boolean matchesCurrent(String owner, String mobileCode, String emailCode);

    /**
     * Makes the owner's codes unusable.
     *
     * @return true when this call spent live codes, false when they were already spent or never issued (so of
     *     two concurrent callers exactly one gets true)
     */
    boolean spend(String owner);

    /** When the owner's current codes stop working; empty when there are none or they were spent. */
    Optional<Instant> expiresAt(String owner);
}
