package io.github.icegateportal.shared.field;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The mobile OTP as typed on every OTP step of the portal: required, and six digits with blanks around them allowed
 * (strip before checking the code). An empty field gets only "Enter the mobile OTP.", never also "not correct".
 */
@Documented
@NotBlank(message = "{otp.mobile.required}")
@Pattern(regexp = OtpDigits.SIX_DIGITS, message = "{otp.mobile.wrong}")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface MobileOtp {

    String message() default "{otp.mobile.wrong}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
