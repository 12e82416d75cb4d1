package io.github.icegateportal.shared.field;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An ICEGATE ID ({@link IcegateId}). A null or blank value passes: pair with {@code @NotBlank} where the field is required.
 */
@Documented
@Constraint(validatedBy = IcegateIdValidator.class)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.ANNOTATION_TYPE,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIcegateId {

    String message() default "{field.icegateId.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
