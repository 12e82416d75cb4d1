package io.github.icegateportal.shared.field;

import java.util.Locale;
import java.util.regex.Pattern;

/** Permanent Account Number: {@code AAAAA9999A}, the 4th letter giving the holder type. */
public record Pan(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{5}[0-9]{4}[A-Z]");

    public Pan {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidFieldException("field.pan.format");
        }
        PanHolderType.of(value.charAt(3));
    }

    /** Trims and upper-cases {@code raw}, then checks the format and the holder type. */
    public static Pan of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidFieldException("field.pan.required");
        }
        return new Pan(raw.strip().toUpperCase(Locale.ROOT));
    }

    public PanHolderType holderType() {
        return PanHolderType.of(this.value.charAt(3));
    }

    @Override
    public String toString() {
        return this.value;
    }
}
