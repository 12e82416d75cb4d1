package io.github.icegateportal.shared.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every field rule has its message in English and in Hindi, and the messages read as the seed and spec say. */
class FieldMessagesTests {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FieldMessagesTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static List<String> keysTheCodeUses() {
        List<String> keys = new ArrayList<>(List.of(
                "field.iec.required",
                "field.iec.format",
                "field.iec.permanent",
                "field.pan.required",
                "field.pan.format",
                "field.pan.holderType",
                "field.gstin.required",
                "field.gstin.format",
                "field.gstin.stateCode",
                "field.gstin.pan",
                "field.gstin.checkCharacter",
                "field.mobile.required",
                "field.mobile.format",
                "field.email.required",
                "field.email.format",
                "field.email.tooLong",
                "field.icegateId.required",
                "field.icegateId.format",
                "field.icegateId.blankSpace",
                "field.icegateId.specialCharacters",
                "field.icegateId.tooShort",
                "field.icegateId.tooLong",
                "field.icegateId.likeIec",
                "field.password.required",
                "field.password.tooShort",
                "field.password.tooLong",
                "field.password.number",
                "field.password.specialCharacter",
                "field.password.upperCase",
                "field.password.lowerCase",
                "field.password.common",
                "field.password.containsIcegateId"));
        Arrays.stream(PermanentIec.values()).map(PermanentIec::messageKey).forEach(keys::add);
        Arrays.stream(PanHolderType.values()).map(PanHolderType::messageKey).forEach(keys::add);
        return keys;
    }

    @Test
    void everyKeyTheRulesUseExistsInEnglishAndHindi() throws IOException {
        Properties english = load("messages.properties");
        Properties hindi = load("messages_hi.properties");
        for (String key : keysTheCodeUses()) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(hindi.getProperty(key)).as(key).isNotBlank().containsPattern("\\p{IsDevanagari}");
        }
        Stream.concat(english.stringPropertyNames().stream(), hindi.stringPropertyNames().stream())
                .filter((key) -> key.startsWith("field."))
                .forEach((key) -> {
                    assertThat(english).as(key).containsKey(key);
                    assertThat(hindi).as(key).containsKey(key);
                });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "field.icegateId.rule.blankSpaces|*ICEGATE Id should not contain any blank spaces.",
                "field.icegateId.rule.specialCharacters|*ICEGATE Id should not contain special characters except \"-\" and \"_\".",
                "field.icegateId.rule.maxLength|*ICEGATE Id should not exceed 25 characters.",
                "field.icegateId.rule.alphaNumeric|*ICEGATE Id may be alpha-numeric characters.",
                "field.icegateId.rule.email|* E-mail id should not exceed 50 characters.",
                "field.icegateId.rule.password|* The password should be complex and should contain number, special character and different cases.."
            })
    void theIcegateIdRulesAreTheSeedsWordForWord(String key, String seed) throws IOException {
        assertThat(load("messages.properties").getProperty(key)).isEqualTo(seed);
        assertThat(load("messages_hi.properties").getProperty(key)).containsPattern("\\p{IsDevanagari}");
    }

    @Test
    void aPermanentIecRefusalReadsWellThroughTheMessageSourceInBothLanguages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        InvalidFieldException refusal = Iec.permanentRefusal(PermanentIec.FORD_FOUNDATION);

        assertThat(messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.ENGLISH))
                .isEqualTo(
                        "IEC 0100000088 is a permanent IEC for Ford Foundation: it cannot be registered on ICEGATE.");
        assertThat(messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.forLanguageTag("hi")))
                .isEqualTo(
                        "IEC 0100000088 फोर्ड फाउंडेशन के लिए एक स्थायी IEC है: इसे ICEGATE पर पंजीकृत नहीं किया जा सकता।");
    }
}
