package io.github.icegateportal.shared.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GstinTests {

    /** GSTINs published by their holders, each with its check character. */
    @ParameterizedTest
    @CsvSource({"27AAPFU0939F1Z,V", "27AAACR5055K1Z,7", "24AAACR5055K1Z,D", "29AABCT1332L1Z,A"})
    void computesThePublishedCheckCharacterOfKnownGstins(String first14, char expected) {
        assertThat(Gstin.checkCharacter(first14)).isEqualTo(expected);
        assertThat(Gstin.of(first14 + expected).value()).isEqualTo(first14 + expected);
    }

    @Test
    void readsStatePanAndHolderTypeFromAValidGstin() {
        Gstin gstin = Gstin.of(" 27aapfu0939f1zv ");
        assertThat(gstin.value()).isEqualTo("27AAPFU0939F1ZV");
        assertThat(gstin.stateCode()).isEqualTo("27");
        assertThat(gstin.stateName()).isEqualTo("Maharashtra");
        assertThat(gstin.pan()).isEqualTo(Pan.of("AAPFU0939F"));
        assertThat(gstin.pan().holderType()).isEqualTo(PanHolderType.F);
    }

    static Stream<String> everyOtherLastCharacter() {
        return "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                .chars()
                .filter((c) -> c != 'V')
                .mapToObj((c) -> "27AAPFU0939F1Z" + (char) c);
    }

    @ParameterizedTest
    @MethodSource("everyOtherLastCharacter")
    void anyChangeOfTheLastCharacterIsRefused(String gstin) {
        Rules.refusedWith("field.gstin.checkCharacter", () -> Gstin.of(gstin));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "27AAPFU0939F1ZW",
                "27AAPFU0939F2ZV",
                "27AAPFU0939G1ZV",
                "29AAPFU0939F1ZV",
                "27AAPFU0938F1ZV",
                "24AAACR5055K1Z7"
            })
    void anyOtherSingleChangeIsCaughtByTheCheckCharacter(String gstin) {
        Rules.refusedWith("field.gstin.checkCharacter", () -> Gstin.of(gstin));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "27AAPFU0939F1Z",
                "27AAPFU0939F1ZVV",
                "2AAAPFU0939F1ZV",
                "AAAAPFU0939F1ZV",
                "27AAPFU0939F0ZV",
                "27AAPFU0939F1YV",
                "27AAPF10939F1ZV",
                "27AAPFU093XF1ZV",
                "27AAPFU0939F1Z-",
                "27 AAPFU0939F1ZV"
            })
    void refusesAnythingNotShapedLikeAGstin(String raw) {
        Rules.refusedWith("field.gstin.format", () -> Gstin.of(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "39", "40", "50", "98"})
    void refusesAnUnknownStateCode(String state) {
        String first14 = state + "AAPFU0939F1Z";
        String gstin = first14 + Gstin.checkCharacter(first14);
        Rules.refusedWith("field.gstin.stateCode", () -> Gstin.of(gstin));
        assertThat(Gstin.isStateCode(state)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "01,Jammu and Kashmir",
        "07,Delhi",
        "09,Uttar Pradesh",
        "19,West Bengal",
        "24,Gujarat",
        "29,Karnataka",
        "33,Tamil Nadu",
        "36,Telangana",
        "37,Andhra Pradesh",
        "38,Ladakh",
        "97,Other Territory",
        "99,Centre Jurisdiction"
    })
    void knowsTheStateOfEveryGstStateCode(String state, String name) {
        String first14 = state + "AAPFU0939F1Z";
        Gstin gstin = Gstin.of(first14 + Gstin.checkCharacter(first14));
        assertThat(gstin.stateName()).isEqualTo(name);
    }

    @Test
    void refusesAnEmbeddedPanWithAnUnknownHolderType() {
        String first14 = "27AAPDU0939F1Z";
        Rules.refusedWith("field.gstin.pan", () -> Gstin.of(first14 + Gstin.checkCharacter(first14)));
    }

    @ParameterizedTest
    @ValueSource(chars = {'1', '9', 'A', 'Z'})
    void acceptsEveryEntityNumber(char entity) {
        String first14 = "27AAPFU0939F" + entity + "Z";
        assertThat(Gstin.of(first14 + Gstin.checkCharacter(first14)).value()).startsWith(first14);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void asksForTheGstinWhenNoneIsGiven(String raw) {
        Rules.refusedWith("field.gstin.required", () -> Gstin.of(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"27AAPFU0939F1", "27AAPFU0939F1Z1", "27aapfu0939f1z"})
    void theCheckCharacterNeedsFourteenCharactersOfTheAlphabet(String first14) {
        assertThatIllegalArgumentException().isThrownBy(() -> Gstin.checkCharacter(first14));
    }
}
