package io.github.icegateportal.shared.field;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A typed OTP is six digits, blanks around them allowed; the form's own message says which code is not right. */
class ValidOtpTests {

    record Form(@ValidOtp(message = "mobile OTP not right") String mobileOtp) {}

    private static Set<ConstraintViolation<Form>> check(String value) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            return factory.getValidator().validate(new Form(value));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", " 012345 ", "000000\t"})
    void sixDigitsPass(String value) {
        assertThat(check(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567", "12 456", "abcdef"})
    void anythingElseFailsWithTheFormsMessage(String value) {
        assertThat(check(value)).extracting(ConstraintViolation::getMessage).containsExactly("mobile OTP not right");
    }

    /** An empty field gets only the {@code @NotBlank} message that asks for the code, not also "not correct". */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void blankIsLeftToNotBlank(String value) {
        assertThat(check(value)).isEmpty();
        assertThat(check(null)).isEmpty();
    }
}
