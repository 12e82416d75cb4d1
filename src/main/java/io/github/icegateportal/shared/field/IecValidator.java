package io.github.icegateportal.shared.field;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidIec} with {@link Iec}, refusing a permanent IEC unless allowed. */
public final class IecValidator implements ConstraintValidator<ValidIec, CharSequence> {

    private boolean allowPermanent;

    @Override
    public void initialize(ValidIec constraint) {
        this.allowPermanent = constraint.allowPermanent();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        return FieldConstraints.check(context, () -> {
            Iec iec = Iec.of(value.toString());
            if (!this.allowPermanent) {
                iec.requireRegistrable();
            }
        });
    }
}
