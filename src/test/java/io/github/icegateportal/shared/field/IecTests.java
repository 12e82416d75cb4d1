package io.github.icegateportal.shared.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.MessageSourceResolvable;

class IecTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ABCPE1234F|ABCPE1234F",
                "abcpe1234f|ABCPE1234F",
                "'  AAACR5055K '|AAACR5055K",
                "0304012345|0304012345",
                "0100000012|0100000012",
                "AbCdE9999z|ABCDE9999Z",
                "1234567890|1234567890"
            })
    void acceptsTenLettersAndDigitsTrimmedAndUpperCased(String raw, String expected) {
        assertThat(Iec.of(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ABCPE1234",
                "ABCPE1234FG",
                "ABCPE-234F",
                "ABCPE 1234F",
                "ABCPE_1234",
                "ABCPÉ1234F",
                "123456789",
                "12345678901",
                "ABCPE1234@"
            })
    void refusesAnythingButTenLettersAndDigits(String raw) {
        Rules.refusedWith("field.iec.format", () -> Iec.of(raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void asksForTheIecWhenNoneIsGiven(String raw) {
        Rules.refusedWith("field.iec.required", () -> Iec.of(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcpe1234f", "ABCPE 1234F", ""})
    void theConstructorTakesOnlyNormalisedValues(String raw) {
        Rules.refusedWith("field.iec.format", () -> new Iec(raw));
    }

    @ParameterizedTest
    @CsvSource({"0100000011,CENTRAL_GOVERNMENT", "0100000088,FORD_FOUNDATION", "0100000169,RBI_AUTHORISED"})
    void knowsAPermanentIecAndRefusesToRegisterItNamingTheCategory(String code, PermanentIec expected) {
        Iec iec = Iec.of(code);
        assertThat(iec.permanent()).contains(expected);
        Rules.refusedWith("field.iec.permanent", iec::requireRegistrable);
        try {
            iec.requireRegistrable();
        } catch (InvalidFieldException ex) {
            assertThat(ex.arguments()[0]).isEqualTo(code);
            assertThat(((MessageSourceResolvable) ex.arguments()[1]).getCodes()).containsExactly(expected.messageKey());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0100000012", "0100000010", "0100000170", "ABCPE1234F", "0100000150"})
    void anOrdinaryIecIsRegistrable(String code) {
        Iec iec = Iec.of(code);
        assertThat(iec.permanent()).isEmpty();
        assertThat(iec.requireRegistrable()).isEqualTo(iec);
    }
}
