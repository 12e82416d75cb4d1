package io.github.icegateportal.registration;

import io.github.icegateportal.shared.field.Iec;

/** A registration was given up because the person started again; the ICEGATE ID it held, if any, is free again. */
public record RegistrationAbandoned(
        String referenceNumber, RegistrationRoute route, Iec iec, RegistrationStatus from, Origin origin)
        implements RegistrationEvent {

    @Override
    public String action() {
        return "REGISTRATION_ABANDONED";
    }

    @Override
    public String details() {
        return "Abandoned in state " + from;
    }
}
