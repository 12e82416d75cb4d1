package io.github.icegateportal.registration;

import io.github.icegateportal.shared.field.Iec;

/** A DSC registration entered the approval queue. */
public record RegistrationSubmitted(String referenceNumber, RegistrationRoute route, Iec iec, Origin origin)
        implements RegistrationEvent {

    @Override
    public String action() {
        return "REGISTRATION_SUBMITTED";
    }

    @Override
    public String details() {
        return "Submitted for approval";
    }
}
