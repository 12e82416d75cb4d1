package io.github.icegateportal.shared.field;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An ICEGATE ID chosen by a person: ASCII letters, digits, {@code -} and {@code _}; 6 to 25 characters; and not
 * shaped like an IEC or a PAN (10 letters and digits only), so that a login by IEC is never ambiguous. Uniqueness is
 * compared without regard to case through {@link #key()}.
 */
public record IcegateId(String value) {

    public static final int MIN_LENGTH = 6;

    public static final int MAX_LENGTH = 25;

    private static final Pattern WHITESPACE = Pattern.compile(".*\\s.*");

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]+");

    /** Any 10 letters and digits: what an IEC (or a PAN, or a legacy all-digit IEC) looks like, in any case. */
    private static final Pattern IEC_SHAPED = Pattern.compile("[A-Za-z0-9]{10}");

    public IcegateId {
        if (value == null || value.isEmpty()) {
            throw new InvalidFieldException("field.icegateId.required");
        }
        if (WHITESPACE.matcher(value).matches()) {
            throw new InvalidFieldException("field.icegateId.blankSpace");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new InvalidFieldException("field.icegateId.specialCharacters");
        }
        if (value.length() < MIN_LENGTH) {
            throw new InvalidFieldException("field.icegateId.tooShort", MIN_LENGTH);
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidFieldException("field.icegateId.tooLong", MAX_LENGTH);
        }
        if (IEC_SHAPED.matcher(value).matches()) {
            throw new InvalidFieldException("field.icegateId.likeIec");
        }
    }

    /** Trims {@code raw} (case is kept as typed), then checks the rules. */
    public static IcegateId of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidFieldException("field.icegateId.required");
        }
        return new IcegateId(raw.strip());
    }

    /** The upper-cased ID: the key under which IDs are unique. */
    public String key() {
        return this.value.toUpperCase(Locale.ROOT);
    }

    /** Whether {@code other} is the same ID without regard to case. */
    public boolean sameAs(IcegateId other) {
        return other != null && key().equals(other.key());
    }

    @Override
    public String toString() {
        return this.value;
    }
}
