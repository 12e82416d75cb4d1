package io.github.icegateportal.registration;

import io.github.icegateportal.shared.field.Iec;

/** A registration was opened: the simplified route after IEC, GSTIN and temporary password matched, or a DSC one. */
public record RegistrationStarted(
        String referenceNumber, RegistrationRoute route, Iec iec, RegistrationStatus status, Origin origin)
        implements RegistrationEvent {

    @Override
    public String action() {
        return "REGISTRATION_STARTED";
    }

    @Override
    public String details() {
        return route + " registration started for IEC " + iec + ", state " + status;
    }
}
