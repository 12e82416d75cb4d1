package io.github.icegateportal.shared.field;

/** What an OTP looks like as typed: {@link MobileOtp} and {@link EmailOtp} check it. */
final class OtpDigits {

    /** Six digits, blanks around them allowed; an empty value passes (the required check speaks for it). */
    static final String SIX_DIGITS = "\\s*(\\d{6})?\\s*";

    private OtpDigits() {}
}
