package io.github.icegateportal.registration;

import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.PanHolderType;
import java.time.LocalDate;

/**
 * What the admin queue shows; a null part means any.
 *
 * @param route the route, or null for both
 * @param status the state, or null for any
 * @param iec one IEC, or null for all
 * @param entityType the holder type of the PAN (company, firm, ...), or null for all
 * @param submittedFrom first day of submission (UTC), inclusive, or null
 * @param submittedTo last day of submission (UTC), inclusive, or null
 * @param reference a reference number or its beginning, in any case, or null
 */
public record RegistrationFilter(
        RegistrationRoute route,
        RegistrationStatus status,
        Iec iec,
        PanHolderType entityType,
        LocalDate submittedFrom,
        LocalDate submittedTo,
        String reference) {

    /** Route, state and IEC only. */
    public RegistrationFilter(RegistrationRoute route, RegistrationStatus status, Iec iec) {
        this(route, status, iec, null, null, null, null);
    }

    /** DSC registrations waiting for a decision: the approval queue. */
    public static RegistrationFilter awaitingDecision() {
        return new RegistrationFilter(RegistrationRoute.DSC, RegistrationStatus.SUBMITTED, null);
    }
}
