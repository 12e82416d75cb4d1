package io.github.icegateportal.shared.web;

import java.time.Duration;

/**
 * Every rate limit of the portal in one list: what it brakes, how many tries one key (an address, an IEC, an
 * account) gets, and over what period they come back. {@link RateLimits#tryConsume(RateLimit, String)} takes a try.
 * The login's own limit is a setting ({@code portal.login.attempts-per-minute}) and is not listed here.
 */
public enum RateLimit {
    /** The captcha's "new picture" button, per address. */
    CAPTCHA_REFRESH(30, Duration.ofMinutes(1)),

    /** Admin login posts, per address. */
    ADMIN_LOGIN(10, Duration.ofMinutes(1)),
    /** Current-password tries on the admin's own password form, per admin. */
    ADMIN_CURRENT_PASSWORD(10, Duration.ofMinutes(15)),

    /** Contact changes (each sends OTPs to a new contact), per account. */
    CONTACT_CHANGE(5, Duration.ofHours(1)),
    /** Forgot-password requests (each sends OTPs), per account or unknown name, from any address. */
    FORGOT_PASSWORD_ACCOUNT(3, Duration.ofMinutes(15)),

    /** Route A's first screen, per address and per IEC. */
    SIMPLIFIED_START_ADDRESS(30, Duration.ofMinutes(15)),
    SIMPLIFIED_START_IEC(10, Duration.ofMinutes(15)),
    /** Route A's "send me a temporary password", per address and per IEC. */
    SIMPLIFIED_TEMPORARY_PASSWORD_ADDRESS(30, Duration.ofMinutes(15)),
    SIMPLIFIED_TEMPORARY_PASSWORD_IEC(10, Duration.ofMinutes(15)),
    /** Route A's "continue with the OTPs you received", per address and per IEC. */
    SIMPLIFIED_RESUME_ADDRESS(30, Duration.ofMinutes(15)),
    SIMPLIFIED_RESUME_IEC(10, Duration.ofMinutes(15)),

    /** Route B's details form (each may send OTPs), per address and per IEC. */
    IEC_DETAILS_ADDRESS(20, Duration.ofMinutes(15)),
    IEC_DETAILS_IEC(5, Duration.ofMinutes(15)),
    /** Route B's "continue using reference ID" forms, per address. */
    IEC_CONTINUE_ADDRESS(10, Duration.ofMinutes(1)),
    /** Route B's "continue using reference ID" OTPs, per reference ID. */
    IEC_CONTINUE_REFERENCE(3, Duration.ofMinutes(15)),
    /** The registration status look-up by reference ID, per address. */
    REGISTRATION_STATUS(10, Duration.ofMinutes(1)),
    /** Activation with a password, per address and per activation link. */
    ACTIVATION_ADDRESS(10, Duration.ofMinutes(1)),
    ACTIVATION_LINK(5, Duration.ofMinutes(15)),

    /** The demo DSC token's signing form, per address. */
    DEMO_DSC(30, Duration.ofMinutes(1));

    private final int tries;

    private final Duration period;

    RateLimit(int tries, Duration period) {
        this.tries = tries;
        this.period = period;
    }

    /** How many tries one key gets; they come back evenly over {@link #period()}. */
    public int tries() {
        return tries;
    }

    public Duration period() {
        return period;
    }

    /** A wait in whole minutes, rounded up, at least one: what a page tells the person. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
