package io.github.icegateportal.shared.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PermanentIecTests {

    /** Every permanent IEC of seeds/004, with its serial number there. */
    @ParameterizedTest
    @CsvSource({
        "0100000011,CENTRAL_GOVERNMENT",
        "0100000029,STATE_GOVERNMENT",
        "0100000037,DIPLOMATIC_PERSONNEL",
        "0100000045,BAGGAGE_RULES",
        "0100000053,PERSONAL_USE",
        "0100000061,NEPAL",
        "0100000070,MYANMAR",
        "0100000088,FORD_FOUNDATION",
        "0100000096,FAIRS_AND_EXHIBITIONS",
        "0100000100,BLOOD_GROUP_LABORATORY",
        "0100000126,CHARITABLE_IMPORTS",
        "0100000134,CHINA_BORDER_TRADE",
        "0100000169,RBI_AUTHORISED"
    })
    void everyPermanentIecOfTheSeedIsRecognisedWithItsCategory(String code, PermanentIec expected) {
        assertThat(PermanentIec.find(code)).contains(expected);
        assertThat(PermanentIec.find(" " + code + " ")).contains(expected);
        assertThat(expected.code()).isEqualTo(code);
        assertThat(Iec.of(code).permanent()).contains(expected);
    }

    @Test
    void thereAreExactlyThirteenWithDistinctCodesAndCategoryKeys() {
        assertThat(PermanentIec.values()).hasSize(13);
        assertThat(Arrays.stream(PermanentIec.values()).map(PermanentIec::code)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(PermanentIec.values()).map(PermanentIec::messageKey))
                .doesNotHaveDuplicates()
                .allMatch((key) -> key.startsWith("field.permanentIec."));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0100000012",
                "0100000010",
                "0100000020",
                "0100000030",
                "0100000062",
                "0100000099",
                "0100000101",
                "0100000118",
                "0100000142",
                "0100000150",
                "0100000168",
                "0100000170",
                "0100000000",
                "100000011",
                "ABCPE1234F",
                ""
            })
    void codesBetweenOrAroundThemAreNotPermanent(String code) {
        assertThat(PermanentIec.find(code)).isEmpty();
    }

    @Test
    void nullIsNotPermanent() {
        assertThat(PermanentIec.find(null)).isEmpty();
    }
}
