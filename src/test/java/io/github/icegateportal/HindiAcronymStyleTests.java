package io.github.icegateportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Hindi writes the portal's acronyms in Latin letters (ICEGATE, IEC, GSTIN, GST, DSC, OTP), as CBIC's own Hindi pages
 * do, on every page: one style, so a person searching a page for "IEC" finds it in both languages (docs/site.md).
 */
class HindiAcronymStyleTests {

    /** The Devanagari spellings that the other style would use. */
    private static final List<String> DEVANAGARI_ACRONYMS =
            List.of("आइसगेट", "आईसगेट", "आईसीईगेट", "आईईसी", "जीएसटीआईएन", "जीएसटी", "डीएससी", "ओटीपी");

    @Test
    void hindiWritesTheAcronymsInLatinLetters() throws IOException {
        var hindi = new Properties();
        try (var reader =
                Files.newBufferedReader(Path.of("src/main/resources/messages_hi.properties"), StandardCharsets.UTF_8)) {
            hindi.load(reader);
        }

        var devanagari = hindi.entrySet().stream()
                .filter(entry -> DEVANAGARI_ACRONYMS.stream()
                        .anyMatch(acronym -> entry.getValue().toString().contains(acronym)))
                .map(entry -> entry.getKey().toString())
                .sorted()
                .toList();

        assertThat(devanagari)
                .as("Hindi texts that spell an acronym in Devanagari")
                .isEmpty();
        assertThat(hindi.getProperty("home.title"))
                .as("the title names ICEGATE in Latin letters")
                .contains("ICEGATE");
    }
}
