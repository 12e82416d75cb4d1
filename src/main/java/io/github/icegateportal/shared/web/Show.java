package io.github.icegateportal.shared.web;

import io.github.icegateportal.shared.PortalProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the portal writes a value for a person: a moment as {@code 8 Dec 2026, 09:15 IST}, always with the date and
 * the zone named, month names in the reader's language, and a dash where there is none yet. Templates call it as
 * {@code ${@show.time(value)}} and {@code ${@show.orDash(value)}}; services put {@link #time(Instant, Locale)} into
 * messages, emails and SMS.
 *
 * <p>There is one zone for people, {@code portal.time-zone} (India's, {@code Asia/Kolkata}, by default): pages,
 * messages, the admin's date filters and daily statistics all use it, so a time on a page and a day in a filter never
 * disagree. The database and the JSON API keep UTC and ISO-8601.
 */
@Component("show")
public class Show {

    /** What a page shows where a moment has not happened yet (not decided, never logged in). */
    public static final String NONE = "—";

    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private final ZoneId zone;

    @Autowired
    public Show(PortalProperties portal) {
        this(portal.timeZone());
    }

    public Show(ZoneId zone) {
        this.zone = zone;
    }

    /** The zone people read times in. */
    public ZoneId zone() {
        return zone;
    }

    /** A moment to the minute in the reader's language, with date and zone: {@code 8 Dec 2026, 09:15 IST}. */
    public String time(Instant moment) {
        return time(moment, LocaleContextHolder.getLocale());
    }

    public String time(OffsetDateTime moment) {
        return moment == null ? NONE : time(moment.toInstant());
    }

    /** The same for a message, email or SMS written in {@code locale}. */
    public String time(Instant moment, Locale locale) {
        return format(moment, "d MMM yyyy, HH:mm", locale);
    }

    /**
     * A moment to the second: {@code 7 Dec 2026, 21:30:15 IST}, for a page that lists what happened seconds apart, such
     * as the demo outbox.
     */
    public String timeToTheSecond(Instant moment) {
        return format(moment, "d MMM yyyy, HH:mm:ss", LocaleContextHolder.getLocale());
    }

    /** The day a moment falls on, in the people's zone (daily statistics). */
    public LocalDate day(Instant moment) {
        return LocalDate.ofInstant(moment, zone);
    }

    /** Where a day typed into a date filter begins, in the people's zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** A value that may not be there yet (an ICEGATE ID not chosen, a decision not taken), or the dash. */
    public String orDash(Object value) {
        return value == null || value.toString().isBlank() ? NONE : value.toString();
    }

    /** The same moment for a {@code <time datetime>} attribute: ISO-8601, as machines read it. */
    public String iso(Instant moment) {
        return moment == null ? "" : DateTimeFormatter.ISO_INSTANT.format(moment);
    }

    private String format(Instant moment, String pattern, Locale locale) {
        if (moment == null) {
            return NONE;
        }
        var there = moment.atZone(zone);
        return DateTimeFormatter.ofPattern(pattern, locale).format(there) + " " + ZONE_NAME.format(there);
    }
}
