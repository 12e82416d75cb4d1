package io.github.icegateportal.shared.field;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A typed OTP is six digits, blanks around them allowed. Every OTP step of the portal uses {@link MobileOtp} and
 * {@link EmailOtp}, so each says the same thing: "Enter the ... OTP." when empty, "... is not correct" otherwise.
 */
class OtpFieldsTests {

    record Form(@MobileOtp String mobileOtp, @EmailOtp String emailOtp) {}

    private static Set<String> messages(String mobile, String email) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            return factory.getValidator().validate(new Form(mobile, email)).stream()
                    .map(ConstraintViolation::getMessageTemplate)
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", " 012345 ", "000000\t"})
    void sixDigitsPass(String value) {
        assertThat(messages(value, value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567", "12 456", "abcdef"})
    void anythingElseIsNotCorrect(String value) {
        assertThat(messages(value, "123456")).containsExactly("{otp.mobile.wrong}");
        assertThat(messages("123456", value)).containsExactly("{otp.email.wrong}");
    }

    /** An empty field gets only the message that asks for the code, not also "not correct". */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void blankAsksForTheCode(String value) {
        assertThat(messages(value, value)).containsExactlyInAnyOrder("{otp.mobile.required}", "{otp.email.required}");
        assertThat(messages(null, "123456")).containsExactly("{otp.mobile.required}");
    }
}
