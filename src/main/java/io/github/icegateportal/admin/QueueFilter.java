package io.github.icegateportal.admin;

import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationStatus;

/**
 * The queue page's filters as the admin typed them: status (default: waiting for a decision), route (default: DSC),
 * IEC, and a reference number to jump to.
 */
record QueueFilter(RegistrationStatus status, RegistrationRoute route, String iec, String reference) {

    QueueFilter {
        status = status == null ? RegistrationStatus.SUBMITTED : status;
        route = route == null ? RegistrationRoute.DSC : route;
    }
}
