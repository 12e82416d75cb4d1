package io.github.icegateportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class ShowTests {

    private final Show show = new Show();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aMomentIsWrittenInUtcWithTheZoneNamed() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(show.time(Instant.parse("2026-11-20T02:05:00Z"))).isEqualTo("20 Nov 2026, 02:05 UTC");
        assertThat(show.time(OffsetDateTime.of(2026, 11, 20, 7, 35, 0, 0, ZoneOffset.ofHoursMinutes(5, 30))))
                .isEqualTo("20 Nov 2026, 02:05 UTC");
    }

    @Test
    void indianTimeIsInAsiaKolkataToTheSecondWithTheDate() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(show.indianTime(Instant.parse("2026-12-07T16:00:15.123456Z")))
                .isEqualTo("7 Dec 2026, 21:30:15 IST");
        assertThat(show.indianTime(Instant.parse("2026-12-07T20:00:00Z"))).isEqualTo("8 Dec 2026, 01:30:00 IST");
        assertThat(show.indianTime(null)).isEqualTo("—");
    }

    @Test
    void theMonthIsInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("hi"));

        assertThat(show.time(Instant.parse("2026-11-20T02:05:00Z")))
                .doesNotContain("Nov")
                .contains("2026, 02:05 UTC");
    }

    @Test
    void whatIsNotThereYetIsADash() {
        assertThat(show.time((Instant) null)).isEqualTo("—");
        assertThat(show.time((OffsetDateTime) null)).isEqualTo("—");
        assertThat(show.orDash(null)).isEqualTo("—");
        assertThat(show.orDash(" ")).isEqualTo("—");
        assertThat(show.orDash("admin")).isEqualTo("admin");
    }
}
