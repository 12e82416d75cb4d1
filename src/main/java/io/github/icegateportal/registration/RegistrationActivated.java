package io.github.icegateportal.registration;

import io.github.icegateportal.shared.field.Iec;

/** The holder of an approved DSC registration followed the activation link: the account is active. */
public record RegistrationActivated(String referenceNumber, RegistrationRoute route, Iec iec, Origin origin)
        implements RegistrationEvent {

    @Override
    public String action() {
        return "REGISTRATION_ACTIVATED";
    }

    @Override
    public String details() {
        return "Activated";
    }
}
