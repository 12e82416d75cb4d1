package io.github.icegateportal.registration;

/**
 * Where a registration stands. The states are only names: which route uses which, what each means for the person,
 * the page it shows and the steps between them are in {@link RegistrationStateMachine}, per route, because some
 * states are shared by the routes ({@code OTP_VERIFIED}, {@code ID_CHOSEN}) but lead on differently. Stored by name
 * ({@code registration.status}).
 */
public enum RegistrationStatus {
    // Route A, simplified
    DETAILS_VERIFIED,
    OTP_SENT,
    ALTERNATE_OTP_SENT,
    ALTERNATE_OTP_VERIFIED,
    COMPLETED,
    // Route B, IEC-based with a DSC
    DETAILS_MATCHED,
    DOCUMENTS_UPLOADED,
    DSC_VERIFIED,
    SUBMITTED,
    APPROVED,
    ACTIVATED,
    REJECTED,
    // Both routes
    OTP_VERIFIED,
    ID_CHOSEN,
    EXPIRED,
    ABANDONED;

    /** Whether a registration of {@code route} in this state may move to {@code next} by some step. */
    public boolean canTransitionTo(RegistrationStatus next, RegistrationRoute route) {
        return RegistrationStateMachine.of(route).transitions().stream()
                .anyMatch(t -> t.from() == this && t.to() == next);
    }
}
