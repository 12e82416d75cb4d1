package io.github.icegateportal.shared.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How every page writes a value: a moment as {@code 20 Nov 2026, 07:30 UTC}, month names in the reader's language, and a dash
 * where there is none yet. Templates call it as {@code ${@show.time(value)}} and
 * {@code ${@show.orDash(value)}}.
 *
 * <p>The portal keeps and shows times in UTC, the zone its date filters and daily statistics use as well, and says
 * so next to every time, so a time on a page and a time in a filter never disagree.
 */
@Component("show")
public class Show {

    /** What a page shows where a moment has not happened yet (not decided, never logged in). */
    public static final String NONE = "—";

    private static final String PATTERN = "d MMM yyyy, HH:mm 'UTC'";

    private static final String INDIAN_PATTERN = "d MMM yyyy, HH:mm:ss 'IST'";

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    public String time(Instant moment) {
        return moment == null ? NONE : formatter().format(moment.atOffset(ZoneOffset.UTC));
    }

    public String time(OffsetDateTime moment) {
        return moment == null ? NONE : time(moment.toInstant());
    }

    /**
     * A moment in India's time, to the second: {@code 7 Dec 2026, 21:30:15 IST}, for a page that lists what happened
     * minutes apart, such as the demo outbox.
     */
    public String indianTime(Instant moment) {
        return moment == null
                ? NONE
                : DateTimeFormatter.ofPattern(INDIAN_PATTERN, LocaleContextHolder.getLocale())
                        .format(moment.atZone(INDIA));
    }

    /** A value that may not be there yet (an ICEGATE ID not chosen, a decision not taken), or the dash. */
    public String orDash(Object value) {
        return value == null || value.toString().isBlank() ? NONE : value.toString();
    }

    /** The same moment for a {@code <time datetime>} attribute: ISO-8601, as machines read it. */
    public String iso(Instant moment) {
        return moment == null ? "" : DateTimeFormatter.ISO_INSTANT.format(moment);
    }

    private static DateTimeFormatter formatter() {
        return DateTimeFormatter.ofPattern(PATTERN, LocaleContextHolder.getLocale());
    }
}
