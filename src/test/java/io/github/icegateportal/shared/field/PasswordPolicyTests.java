package io.github.icegateportal.shared.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    @ParameterizedTest
    @ValueSource(strings = {"Tr1cky#Mango", "Kx9!vLmq", "saffron-Kite-42", "Ghar ka Dwar 7!", "नमस्ते Ab1!"})
    void acceptsAComplexUncommonPassword(String password) {
        assertThat(PasswordPolicy.violations(password, "ramesh_k")).isEmpty();
        assertThat(PasswordPolicy.isAcceptable(password, null)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ab1!xyz|field.password.tooShort",
                "abcdefg1!|field.password.upperCase",
                "ABCDEFG1!|field.password.lowerCase",
                "Abcdefgh!|field.password.number",
                "Abcdefgh1|field.password.specialCharacter",
                "Abcd efgh1|field.password.specialCharacter",
                "P@ssw0rd|field.password.common",
                "Password@123|field.password.common",
                "wElCoMe@123|field.password.common",
                "India@123|field.password.common",
                "Qwerty@123|field.password.common"
            })
    void refusesEachBrokenRuleWithItsOwnMessage(String password, String key) {
        assertThat(PasswordPolicy.violations(password, null)).contains(key);
    }

    @Test
    void listsEveryBrokenRuleInAFixedOrder() {
        assertThat(PasswordPolicy.violations("abc", null))
                .containsExactly(
                        "field.password.tooShort",
                        "field.password.number",
                        "field.password.specialCharacter",
                        "field.password.upperCase");
        assertThat(PasswordPolicy.violations("password", null))
                .containsExactly(
                        "field.password.number",
                        "field.password.specialCharacter",
                        "field.password.upperCase",
                        "field.password.common");
    }

    @Test
    void acceptsSixtyFourCharactersAndRefusesSixtyFive() {
        String sixtyFour = "Ab1!" + "x".repeat(60);
        assertThat(PasswordPolicy.violations(sixtyFour, null)).isEmpty();
        assertThat(PasswordPolicy.violations(sixtyFour + "y", null)).containsExactly("field.password.tooLong");
    }

    @ParameterizedTest
    @CsvSource({"Ramesh_k#2024,RAMESH_K", "xx-ACME-EXPORTS-1a,acme-exports", "9Mango!ramesh_kumar,Ramesh_Kumar "})
    void refusesAPasswordContainingTheIcegateIdWhateverTheCase(String password, String id) {
        assertThat(PasswordPolicy.violations(password, id)).containsExactly("field.password.containsIcegateId");
        assertThat(PasswordPolicy.violations(password, null)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void asksForAPasswordWhenNoneIsGiven(String password) {
        assertThat(PasswordPolicy.violations(password, "ramesh_k")).containsExactly("field.password.required");
    }

    @Test
    void requireThrowsTheFirstBrokenRule() {
        Rules.refusedWith("field.password.number", () -> PasswordPolicy.require("Abcdefgh!", null));
        PasswordPolicy.require("Tr1cky#Mango", null);
    }

    @Test
    void theShippedListHoldsThousandsOfLowerCaseCommonPasswords() throws IOException {
        List<String> entries;
        try (InputStream in = getClass().getResourceAsStream("/common-passwords.txt")) {
            assertThat(in).isNotNull();
            entries = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter((line) -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
        assertThat(entries).hasSizeGreaterThan(3000).doesNotHaveDuplicates();
        assertThat(entries).allMatch((entry) -> entry.equals(entry.toLowerCase(Locale.ROOT)));
        assertThat(entries).contains("password", "123456", "qwerty", "iloveyou", "p@ssw0rd", "password@123");
        assertThat(PasswordPolicy.isCommon("LetMeIn")).isTrue();
        assertThat(PasswordPolicy.isCommon("Tr1cky#Mango")).isFalse();
    }
}
