package io.github.icegateportal.shared.field;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidIcegateId} with {@link IcegateId}, reporting the exact rule broken. */
public final class IcegateIdValidator implements ConstraintValidator<ValidIcegateId, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        return FieldConstraints.check(context, () -> IcegateId.of(value.toString()));
    }
}
