package io.github.icegateportal.registration;

import io.github.icegateportal.shared.field.Iec;

/** An admin approved a DSC registration; the person is sent activation instructions. */
public record RegistrationApproved(String referenceNumber, RegistrationRoute route, Iec iec, Origin origin)
        implements RegistrationEvent {

    @Override
    public String action() {
        return "REGISTRATION_APPROVED";
    }

    @Override
    public String details() {
        return "Approved by " + origin.actor();
    }
}
