package io.github.icegateportal.shared.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "9876543210|9876543210",
                "+919876543210|9876543210",
                "+91 98765 43210|9876543210",
                "+91-98765-43210|9876543210",
                "09876543210|9876543210",
                "0 98765 43210|9876543210",
                "919876543210|9876543210",
                "0091 9876543210|9876543210",
                "'  98765-43210  '|9876543210",
                "(+91) 98765 43210|9876543210",
                "6000000000|6000000000",
                "7012345678|7012345678",
                "8123456789|8123456789"
            })
    void normalisesToTheTenDigits(String raw, String expected) {
        assertThat(MobileNumber.of(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "5876543210",
                "0876543210",
                "987654321",
                "98765432101",
                "+929876543210",
                "+91 5876543210",
                "00919876543",
                "98765O4321",
                "abcdefghij",
                "+91",
                "9876.543.210",
                "1-800-123-4567"
            })
    void refusesWhatIsNotAnIndianMobile(String raw) {
        Rules.refusedWith("field.mobile.format", () -> MobileNumber.of(raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void asksForTheNumberWhenNoneIsGiven(String raw) {
        Rules.refusedWith("field.mobile.required", () -> MobileNumber.of(raw));
    }

    @ParameterizedTest
    @CsvSource({"9876543210,98XXXXXX10", "6000000001,60XXXXXX01"})
    void masksAllButTheFirstAndLastTwoDigits(String number, String masked) {
        assertThat(MobileNumber.of(number).masked()).isEqualTo(masked);
    }
}
