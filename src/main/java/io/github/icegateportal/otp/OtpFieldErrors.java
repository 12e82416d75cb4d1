package io.github.icegateportal.otp;

import org.springframework.validation.Errors;

/**
 * Puts what an {@link OtpCheck} found next to the field where each code was typed, in the one wording every OTP step
 * of the portal uses. A step first decides whether the check means starting again ({@link OtpCheck#mustStartAgain});
 * what is left is said here, per code: not correct, tries used up, or expired.
 */
public final class OtpFieldErrors {

    private OtpFieldErrors() {}

    /** For forms whose fields are named {@code mobileOtp} and {@code emailOtp}. */
    public static void reject(OtpCheck check, Errors errors) {
        reject(check, errors, "mobileOtp", "emailOtp");
    }

    public static void reject(OtpCheck check, Errors errors, String mobileField, String emailField) {
        reject(check.mobile(), "mobile", mobileField, errors);
        reject(check.email(), "email", emailField, errors);
    }

    private static void reject(OtpOutcome outcome, String channel, String field, Errors errors) {
        switch (outcome) {
            case MATCH -> {}
            case WRONG -> errors.rejectValue(field, "otp." + channel + ".wrong");
            case EXHAUSTED -> errors.rejectValue(field, "otp.exhausted");
            case EXPIRED, MISSING -> errors.rejectValue(field, "otp.expiredResend");
        }
    }
}
