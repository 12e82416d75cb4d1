package io.github.icegateportal.shared.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IcegateIdTests {

    @ParameterizedTest
    @CsvSource({
        "ramesh_k,ramesh_k,RAMESH_K",
        "ACME-EXPORTS,ACME-EXPORTS,ACME-EXPORTS",
        "' acme2024 ',acme2024,ACME2024",
        "abc123,abc123,ABC123",
        "a_b-c1,a_b-c1,A_B-C1",
        "ABCPE1234F1,ABCPE1234F1,ABCPE1234F1",
        "ABCPE-234F,ABCPE-234F,ABCPE-234F",
        "123456789,123456789,123456789",
        "Exporter_Of_Spices-2024_X,Exporter_Of_Spices-2024_X,EXPORTER_OF_SPICES-2024_X",
        "______,______,______"
    })
    void acceptsLettersDigitsDashAndUnderscoreAndKeysUpperCased(String raw, String value, String key) {
        IcegateId id = IcegateId.of(raw);
        assertThat(id.value()).isEqualTo(value);
        assertThat(id.key()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ramesh k", "acme\texports", "acme exports ltd"})
    void refusesBlankSpaces(String raw) {
        Rules.refusedWith("field.icegateId.blankSpace", () -> IcegateId.of(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ramesh@k", "acme.exports", "acme#1", "ramésh_k", "रमेश_कुमार", "acme/exports", "acme'x"})
    void refusesSpecialCharactersOtherThanDashAndUnderscore(String raw) {
        Rules.refusedWith("field.icegateId.specialCharacters", () -> IcegateId.of(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "abcde", "a-b_c"})
    void refusesFewerThanSixCharacters(String raw) {
        Rules.refusedWith("field.icegateId.tooShort", () -> IcegateId.of(raw));
    }

    @Test
    void acceptsTwentyFiveCharactersAndRefusesTwentySix() {
        assertThat(IcegateId.of("a".repeat(25)).value()).hasSize(25);
        Rules.refusedWith("field.icegateId.tooLong", () -> IcegateId.of("a".repeat(26)));
    }

    /** Login accepts an IEC or an ICEGATE ID: an ID shaped like an IEC (or PAN) would be ambiguous. */
    @ParameterizedTest
    @ValueSource(
            strings = {"ABCPE1234F", "abcpe1234f", "0100000012", "1234567890", "AAACR5055K", "ramesh1234", "ABCDEFGHIJ"
            })
    void refusesAnIdShapedLikeAnIecOrPan(String raw) {
        Rules.refusedWith("field.icegateId.likeIec", () -> IcegateId.of(raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void asksForTheIdWhenNoneIsGiven(String raw) {
        Rules.refusedWith("field.icegateId.required", () -> IcegateId.of(raw));
    }

    @Test
    void idsDifferingOnlyInCaseAreTheSame() {
        assertThat(IcegateId.of("Ramesh_K").sameAs(IcegateId.of("RAMESH_k"))).isTrue();
        assertThat(IcegateId.of("Ramesh_K")).isNotEqualTo(IcegateId.of("RAMESH_k"));
        assertThat(IcegateId.of("Ramesh_K").sameAs(IcegateId.of("Ramesh-K"))).isFalse();
    }
}
