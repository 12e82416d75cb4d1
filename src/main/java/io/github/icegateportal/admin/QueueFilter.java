package io.github.icegateportal.admin;

import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.shared.field.PanHolderType;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The queue page's filters as the admin typed them: status (default: waiting for a decision), route (default: DSC),
 * entity type, IEC, submission dates (UTC days, both included) and a reference number (or its beginning).
 */
record QueueFilter(
        RegistrationStatus status,
        RegistrationRoute route,
        PanHolderType entityType,
        String iec,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String reference) {

    QueueFilter {
        status = status == null ? RegistrationStatus.SUBMITTED : status;
        route = route == null ? RegistrationRoute.DSC : route;
    }
}
