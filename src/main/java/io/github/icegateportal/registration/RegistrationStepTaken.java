package io.github.icegateportal.registration;

import io.github.icegateportal.shared.field.Iec;

/**
 * A registration moved on by one step of its route that has no event of its own (an ID chosen, OTPs sent or
 * verified, documents uploaded, ...).
 *
 * @param step a short upper-case name of the step, for example {@code ID_CHOSEN}
 * @param details what changed, in words (never a password, OTP or token)
 */
public record RegistrationStepTaken(
        String referenceNumber,
        RegistrationRoute route,
        Iec iec,
        RegistrationStatus from,
        RegistrationStatus to,
        String step,
        String details,
        Origin origin)
        implements RegistrationEvent {

    @Override
    public String action() {
        return "REGISTRATION_" + step;
    }
}
