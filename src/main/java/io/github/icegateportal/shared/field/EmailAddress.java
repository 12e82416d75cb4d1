package io.github.icegateportal.shared.field;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email address, trimmed and lower-cased, at most 50 characters ({@code seeds/002}). */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 50;

    private static final Pattern FORMAT =
            Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}");

    public EmailAddress {
        if (value == null) {
            throw new InvalidFieldException("field.email.format");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidFieldException("field.email.tooLong", MAX_LENGTH);
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidFieldException("field.email.format");
        }
    }

    /** Trims and lower-cases {@code raw}, then checks the length and the form. */
    public static EmailAddress of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidFieldException("field.email.required");
        }
        return new EmailAddress(raw.strip().toLowerCase(Locale.ROOT));
    }

    /** The address with the local part hidden but its first character, e.g. {@code r*****@example.com}. */
    public String masked() {
        int at = this.value.indexOf('@');
        return this.value.charAt(0) + "*****" + this.value.substring(at);
    }

    @Override
    public String toString() {
        return this.value;
    }
}
