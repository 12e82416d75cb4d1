package io.github.icegateportal.admin;

import io.github.icegateportal.shared.field.InvalidFieldException;
import java.util.function.Function;
import org.springframework.validation.BindingResult;

/**
 * Reads the text fields of an admin form into value objects; what does not parse is rejected on its field with the
 * value object's own message, so a form and the domain say the same thing.
 */
final class FormFields {

    private FormFields() {}

    /** The parsed value; a blank field is rejected with {@code field.<name>.required}. */
    static <T> T required(String raw, Function<String, T> parser, String field, BindingResult result) {
        if (raw == null || raw.isBlank()) {
            result.rejectValue(field, "field." + field + ".required");
            return null;
        }
        return optional(raw, parser, field, result);
    }

    /** The parsed value, or null for a blank field. */
    static <T> T optional(String raw, Function<String, T> parser, String field, BindingResult result) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parser.apply(raw);
        } catch (InvalidFieldException invalid) {
            result.rejectValue(field, invalid.messageKey(), invalid.arguments(), null);
            return null;
        }
    }

    /** The status of that name, or null for a blank field; an unknown name is rejected. */
    static <E extends Enum<E>> E status(Class<E> type, String raw, String field, BindingResult result) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException unknown) {
            result.rejectValue(field, "admin.tools.statusUnknown");
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
