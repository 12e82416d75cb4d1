package io.github.icegateportal.shared.field;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-time code as typed: six digits, blanks around them allowed (strip before checking the code). A blank value
 * passes, as for the identifier constraints: pair with {@code @NotBlank}, whose message asks for the code, so that an
 * empty field gets that one message and not also "not correct". Each form says in {@link #message()} which of its
 * codes is not right.
 */
@Documented
@Pattern(regexp = "\\s*(\\d{6})?\\s*")
@Constraint(validatedBy = {})
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.ANNOTATION_TYPE,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidOtp {

    @OverridesAttribute(constraint = Pattern.class, name = "message")
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
