package io.github.icegateportal.shared.field;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An IEC ({@link Iec}); a permanent IEC is refused with its category unless {@link #allowPermanent()}. A null or blank value passes: pair with {@code @NotBlank} where the field is required.
 */
@Documented
@Constraint(validatedBy = IecValidator.class)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.ANNOTATION_TYPE,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIec {

    String message() default "{field.iec.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether a permanent IEC ({@link PermanentIec}) is accepted; by default it is refused, naming its category. */
    boolean allowPermanent() default false;
}
