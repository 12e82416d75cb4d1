package io.github.icegateportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class ShowTests {

    private final Show show = new Show(ZoneId.of("Asia/Kolkata"));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aMomentIsWrittenInIndiasTimeWithTheDateAndTheZoneNamed() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(show.time(Instant.parse("2026-11-20T02:05:00Z"))).isEqualTo("20 Nov 2026, 07:35 IST");
        assertThat(show.time(OffsetDateTime.of(2026, 11, 20, 7, 35, 0, 0, ZoneOffset.ofHoursMinutes(5, 30))))
                .isEqualTo("20 Nov 2026, 07:35 IST");
        assertThat(show.time(Instant.parse("2026-12-07T20:00:00Z"))).isEqualTo("8 Dec 2026, 01:30 IST");
    }

    @Test
    void theZoneIsASwitch() {
        var utc = new Show(ZoneId.of("UTC"));

        assertThat(utc.time(Instant.parse("2026-11-20T02:05:00Z"), Locale.ENGLISH))
                .isEqualTo("20 Nov 2026, 02:05 UTC");
        assertThat(new Show(ZoneId.of("Europe/Berlin")).time(Instant.parse("2026-11-20T02:05:00Z"), Locale.ENGLISH))
                .isEqualTo("20 Nov 2026, 03:05 CET");
    }

    @Test
    void toTheSecondForListsOfWhatHappenedSecondsApart() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(show.timeToTheSecond(Instant.parse("2026-12-07T16:00:15.123456Z")))
                .isEqualTo("7 Dec 2026, 21:30:15 IST");
        assertThat(show.timeToTheSecond(null)).isEqualTo("—");
    }

    @Test
    void daysBeginAndEndInThePeoplesZone() {
        assertThat(show.day(Instant.parse("2026-12-07T19:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(show.startOf(LocalDate.of(2026, 12, 8))).isEqualTo(Instant.parse("2026-12-07T18:30:00Z"));
    }

    @Test
    void theMonthIsInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("hi"));

        assertThat(show.time(Instant.parse("2026-11-20T02:05:00Z")))
                .doesNotContain("Nov")
                .contains("2026, 07:35 IST");
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
