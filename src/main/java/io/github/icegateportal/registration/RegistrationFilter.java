package io.github.icegateportal.registration;

import io.github.icegateportal.shared.field.Iec;

/**
 * What the admin queue shows; a null part means any.
 *
 * @param route the route, or null for both
 * @param status the state, or null for any
 * @param iec one IEC, or null for all
 */
public record RegistrationFilter(RegistrationRoute route, RegistrationStatus status, Iec iec) {

    /** DSC registrations waiting for a decision: the approval queue. */
    public static RegistrationFilter awaitingDecision() {
        return new RegistrationFilter(RegistrationRoute.DSC, RegistrationStatus.SUBMITTED, null);
    }
}
