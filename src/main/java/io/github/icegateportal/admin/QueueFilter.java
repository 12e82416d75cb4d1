package io.github.icegateportal.admin;

import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.shared.field.PanHolderType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.validation.Errors;

/**
 * The queue page's filters as the admin typed them: status (default: waiting for a decision), route (default: DSC),
 * entity type, IEC, submission dates (UTC days, both included) and a reference number (or its beginning). Kept as
 * typed, so that a value that is none of the choices (an edited link) is told next to its field on the whole page
 * instead of failing to bind.
 */
record QueueFilter(
        String status, String route, String entityType, String iec, String from, String to, String reference) {

    QueueFilter {
        status = status == null || status.isBlank() ? RegistrationStatus.SUBMITTED.name() : status;
        route = route == null || route.isBlank() ? RegistrationRoute.DSC.name() : route;
    }

    /** The status chosen; junk is rejected on {@code errors} and the default used. */
    RegistrationStatus statusIn(Errors errors) {
        var chosen = choice(RegistrationStatus.class, "status", status, errors);
        return chosen == null ? RegistrationStatus.SUBMITTED : chosen;
    }

    RegistrationRoute routeIn(Errors errors) {
        var chosen = choice(RegistrationRoute.class, "route", route, errors);
        return chosen == null ? RegistrationRoute.DSC : chosen;
    }

    PanHolderType entityTypeIn(Errors errors) {
        return choice(PanHolderType.class, "entityType", entityType, errors);
    }

    LocalDate fromIn(Errors errors) {
        return date("from", from, errors);
    }

    LocalDate toIn(Errors errors) {
        return date("to", to, errors);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String typed, Errors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAChoice) {
            errors.rejectValue(field, "admin.filter.notAChoice");
            return null;
        }
    }

    private static LocalDate date(String field, String typed, Errors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            errors.rejectValue(field, "admin.filter.notADate");
            return null;
        }
    }
}
