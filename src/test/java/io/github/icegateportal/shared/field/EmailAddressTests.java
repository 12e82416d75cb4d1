package io.github.icegateportal.shared.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ramesh@example.com|ramesh@example.com",
                "Ramesh.Kumar@Example.CO.IN|ramesh.kumar@example.co.in",
                "'  exports+icegate@acme-traders.in '|exports+icegate@acme-traders.in",
                "a_b-c@mail.example.org|a_b-c@mail.example.org",
                "info@xn--p1ai.com|info@xn--p1ai.com"
            })
    void acceptsAnAddressTrimmedAndLowerCased(String raw, String expected) {
        assertThat(EmailAddress.of(raw).value()).isEqualTo(expected);
    }

    @Test
    void acceptsFiftyCharactersAndRefusesFiftyOne() {
        String fifty = "a".repeat(38) + "@example.com";
        assertThat(fifty).hasSize(50);
        assertThat(EmailAddress.of(fifty).value()).isEqualTo(fifty);
        Rules.refusedWith("field.email.tooLong", () -> EmailAddress.of("b" + fifty));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ramesh",
                "ramesh@",
                "@example.com",
                "ramesh@example",
                "ramesh@@example.com",
                "ramesh kumar@example.com",
                ".ramesh@example.com",
                "ramesh.@example.com",
                "ra..mesh@example.com",
                "ramesh@-example.com",
                "ramesh@example.c",
                "ramesh@exa mple.com",
                "ramesh@example..com",
                "रमेश@example.com"
            })
    void refusesWhatIsNotAnEmailAddress(String raw) {
        Rules.refusedWith("field.email.format", () -> EmailAddress.of(raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void asksForTheAddressWhenNoneIsGiven(String raw) {
        Rules.refusedWith("field.email.required", () -> EmailAddress.of(raw));
    }

    @ParameterizedTest
    @CsvSource({"ramesh@example.com,r*****@example.com", "a@b.in,a*****@b.in"})
    void masksTheLocalPart(String address, String masked) {
        assertThat(EmailAddress.of(address).masked()).isEqualTo(masked);
    }
}
