package io.github.icegateportal.registration;

import io.github.icegateportal.shared.field.Iec;

/** An admin rejected a DSC registration, with a reason the person is told. */
public record RegistrationRejected(
        String referenceNumber, RegistrationRoute route, Iec iec, String reason, Origin origin)
        implements RegistrationEvent {

    @Override
    public String action() {
        return "REGISTRATION_REJECTED";
    }

    @Override
    public String details() {
        return "Rejected by " + origin.actor() + ": " + reason;
    }
}
