package io.github.icegateportal.registration;

import io.github.icegateportal.shared.field.Iec;

/** A registration ran out of time (its OTPs expired); the ICEGATE ID it held, if any, is free again. */
public record RegistrationExpired(
        String referenceNumber, RegistrationRoute route, Iec iec, RegistrationStatus from, Origin origin)
        implements RegistrationEvent {

    @Override
    public String action() {
        return "REGISTRATION_EXPIRED";
    }

    @Override
    public String details() {
        return "Expired in state " + from;
    }
}
