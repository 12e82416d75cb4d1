package io.github.icegateportal.shared.field;

import java.util.regex.Pattern;

/** Indian mobile number, normalised to its 10 digits (starting 6–9). */
public record MobileNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[6-9][0-9]{9}");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()]");

    public MobileNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidFieldException("field.mobile.format");
        }
    }

    /**
     * Removes spaces, dashes and brackets and a {@code +91}, {@code 0091}, {@code 91} (before 10 digits) or
     * {@code 0} prefix, then checks for 10 digits starting 6–9.
     */
    public static MobileNumber of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidFieldException("field.mobile.required");
        }
        String digits = SEPARATORS.matcher(raw).replaceAll("");
        if (digits.startsWith("+91")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0091")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("91") && digits.length() == 12) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0") && digits.length() == 11) {
            digits = digits.substring(1);
        }
        return new MobileNumber(digits);
    }

    /** The number with all but the first two and last two digits hidden, e.g. {@code 98XXXXXX10}. */
    public String masked() {
        return this.value.substring(0, 2) + "XXXXXX" + this.value.substring(8);
    }

    @Override
    public String toString() {
        return this.value;
    }
}
