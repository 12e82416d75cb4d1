package io.github.icegateportal.shared.field;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidPan} with {@link Pan}, reporting the exact rule broken. */
public final class PanValidator implements ConstraintValidator<ValidPan, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        return FieldConstraints.check(context, () -> Pan.of(value.toString()));
    }
}
