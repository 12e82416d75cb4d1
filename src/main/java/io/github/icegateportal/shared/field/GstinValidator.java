package io.github.icegateportal.shared.field;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidGstin} with {@link Gstin}, reporting the exact rule broken. */
public final class GstinValidator implements ConstraintValidator<ValidGstin, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        return FieldConstraints.check(context, () -> Gstin.of(value.toString()));
    }
}
