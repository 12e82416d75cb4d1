package io.github.icegateportal.shared.field;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidMobile} with {@link MobileNumber}, reporting the exact rule broken. */
public final class MobileValidator implements ConstraintValidator<ValidMobile, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        return FieldConstraints.check(context, () -> MobileNumber.of(value.toString()));
    }
}
