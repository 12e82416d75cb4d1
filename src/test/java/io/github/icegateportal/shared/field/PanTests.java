package io.github.icegateportal.shared.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PanTests {

    @ParameterizedTest
    @CsvSource({
        "ABCPE1234F,ABCPE1234F,P",
        "aaacr5055k,AAACR5055K,C",
        "' AAPFU0939F ',AAPFU0939F,F",
        "ABCHS1234K,ABCHS1234K,H",
        "AAAAT0001A,AAAAT0001A,A",
        "AAATR9999Z,AAATR9999Z,T",
        "AAABX1111B,AAABX1111B,B",
        "AAALM2222C,AAALM2222C,L",
        "AAAJK3333D,AAAJK3333D,J",
        "AAAGD4444E,AAAGD4444E,G"
    })
    void acceptsAPanAndReadsTheHolderTypeFromTheFourthLetter(String raw, String expected, PanHolderType type) {
        Pan pan = Pan.of(raw);
        assertThat(pan.value()).isEqualTo(expected);
        assertThat(pan.holderType()).isEqualTo(type);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ABCP1234F",
                "ABCPE1234FF",
                "ABCPE12345",
                "1BCPE1234F",
                "ABCPEA234F",
                "ABCPE123F4",
                "ABC E1234F",
                "ABCPE-234F",
                "0100000011"
            })
    void refusesAnythingNotShapedAaaaa9999a(String raw) {
        Rules.refusedWith("field.pan.format", () -> Pan.of(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCDE1234F", "ABCEE1234F", "ABCZE1234F", "ABCKE1234F", "ABCXE1234F"})
    void refusesAFourthLetterThatIsNoHolderType(String raw) {
        Rules.refusedWith("field.pan.holderType", () -> Pan.of(raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void asksForThePanWhenNoneIsGiven(String raw) {
        Rules.refusedWith("field.pan.required", () -> Pan.of(raw));
    }

    @ParameterizedTest
    @EnumSource(PanHolderType.class)
    void everyHolderTypeHasItsLetterAndMessageKey(PanHolderType type) {
        assertThat(PanHolderType.of(type.name().charAt(0))).isEqualTo(type);
        assertThat(PanHolderType.of(Character.toLowerCase(type.name().charAt(0))))
                .isEqualTo(type);
        assertThat(type.messageKey()).isEqualTo("field.panHolderType." + type.name());
    }
}
