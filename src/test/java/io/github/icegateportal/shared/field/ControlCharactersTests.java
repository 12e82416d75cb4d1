package io.github.icegateportal.shared.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTests {

    @Test
    void nulAndTheOtherC0AndC1ControlsAreFoundInAnyField() {
        for (char c : new char[] {'\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u009f'}) {
            assertThat(ControlCharacters.foundIn("a" + c + "b", false))
                    .as("U+%04X", (int) c)
                    .isTrue();
            assertThat(ControlCharacters.foundIn("a" + c + "b", true))
                    .as("U+%04X", (int) c)
                    .isTrue();
        }
    }

    @Test
    void tabAndLineBreaksAreAllowedOnlyInMultiLineFields() {
        for (String text : new String[] {"a\tb", "line one\r\nline two", "a\nb"}) {
            assertThat(ControlCharacters.foundIn(text, true)).as(text).isFalse();
            assertThat(ControlCharacters.foundIn(text, false)).as(text).isTrue();
        }
    }

    @Test
    void devanagariEmojiAndDirectionMarksAreText() {
        assertThat(ControlCharacters.foundIn("भारत निर्यात 🚢 \u202Egnp\u202C \u200F", false))
                .isFalse();
        assertThat(ControlCharacters.foundIn(null, false)).isFalse();
    }
}
