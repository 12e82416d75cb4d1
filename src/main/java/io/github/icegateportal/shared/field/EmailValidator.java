package io.github.icegateportal.shared.field;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidEmail} with {@link EmailAddress}, reporting the exact rule broken. */
public final class EmailValidator implements ConstraintValidator<ValidEmail, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        return FieldConstraints.check(context, () -> EmailAddress.of(value.toString()));
    }
}
