package io.github.icegateportal.registration;

import static io.github.icegateportal.registration.RegistrationRoute.DSC;
import static io.github.icegateportal.registration.RegistrationRoute.SIMPLIFIED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a registration stands, for both routes. Some states are shared by the routes (an OTP check, a chosen
 * ID) but lead on differently, so the allowed next states are looked up per route.
 *
 * <pre>
 * SIMPLIFIED: DETAILS_VERIFIED → ID_CHOSEN → OTP_SENT → OTP_VERIFIED → COMPLETED
 *                                              OTP_VERIFIED → ALTERNATE_OTP_SENT → ALTERNATE_OTP_VERIFIED → COMPLETED
 * DSC:        STARTED → DETAILS_MATCHED → OTP_VERIFIED → DOCUMENTS_UPLOADED → DSC_VERIFIED → ID_CHOSEN
 *                 → SUBMITTED → APPROVED → ACTIVATED, or SUBMITTED → REJECTED
 * </pre>
 *
 * Every state before the end of a route may also become EXPIRED (its OTPs or its time ran out) or ABANDONED
 * (the person started again).
 */
public enum RegistrationStatus {
    // Route A, simplified
    DETAILS_VERIFIED,
    OTP_SENT,
    ALTERNATE_OTP_SENT,
    ALTERNATE_OTP_VERIFIED,
    COMPLETED,
    // Route B, DSC
    STARTED,
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

    private static final Map<RegistrationRoute, Map<RegistrationStatus, Set<RegistrationStatus>>> NEXT =
            Map.of(SIMPLIFIED, simplified(), DSC, dsc());

    /** Whether a registration of {@code route} in this state may move to {@code next}. */
    public boolean canTransitionTo(RegistrationStatus next, RegistrationRoute route) {
        return nextStates(route).contains(next);
    }

    /** The states a registration of {@code route} may move to from this one (empty at the end of the route). */
    public Set<RegistrationStatus> nextStates(RegistrationRoute route) {
        return NEXT.get(route).getOrDefault(this, Set.of());
    }

    /** Whether {@code route} uses this state at all. */
    public boolean belongsTo(RegistrationRoute route) {
        return this == EXPIRED
                || this == ABANDONED
                || NEXT.get(route).containsKey(this)
                || NEXT.get(route).values().stream().anyMatch(next -> next.contains(this));
    }

    /**
     * The states in which a registration of {@code route} is not over: still open to the person, or waiting for a
     * decision or an activation. Read off the table, so it cannot drift from it.
     */
    public static Set<RegistrationStatus> underWay(RegistrationRoute route) {
        var underWay = EnumSet.noneOf(RegistrationStatus.class);
        for (var status : values()) {
            if (status.belongsTo(route) && !status.isFinal(route)) {
                underWay.add(status);
            }
        }
        return underWay;
    }

    /** Whether nothing can happen to a registration in this state any more (for {@code route}). */
    public boolean isFinal(RegistrationRoute route) {
        return nextStates(route).isEmpty();
    }

    private static Map<RegistrationStatus, Set<RegistrationStatus>> simplified() {
        Map<RegistrationStatus, Set<RegistrationStatus>> next = new EnumMap<>(RegistrationStatus.class);
        next.put(DETAILS_VERIFIED, beforeTheEnd(ID_CHOSEN));
        next.put(ID_CHOSEN, beforeTheEnd(OTP_SENT));
        // OTP_SENT → OTP_SENT is a resend with new codes
        next.put(OTP_SENT, beforeTheEnd(OTP_SENT, OTP_VERIFIED));
        next.put(OTP_VERIFIED, beforeTheEnd(COMPLETED, ALTERNATE_OTP_SENT));
        // ALTERNATE_OTP_SENT → ALTERNATE_OTP_SENT is a resend, or other alternate contacts
        next.put(ALTERNATE_OTP_SENT, beforeTheEnd(ALTERNATE_OTP_SENT, ALTERNATE_OTP_VERIFIED));
        next.put(ALTERNATE_OTP_VERIFIED, beforeTheEnd(COMPLETED));
        return Map.copyOf(next);
    }

    private static Map<RegistrationStatus, Set<RegistrationStatus>> dsc() {
        Map<RegistrationStatus, Set<RegistrationStatus>> next = new EnumMap<>(RegistrationStatus.class);
        next.put(STARTED, beforeTheEnd(DETAILS_MATCHED));
        next.put(DETAILS_MATCHED, beforeTheEnd(OTP_VERIFIED));
        next.put(OTP_VERIFIED, beforeTheEnd(DOCUMENTS_UPLOADED));
        // DOCUMENTS_UPLOADED → DOCUMENTS_UPLOADED: another document added or one replaced
        next.put(DOCUMENTS_UPLOADED, beforeTheEnd(DOCUMENTS_UPLOADED, DSC_VERIFIED));
        next.put(DSC_VERIFIED, beforeTheEnd(ID_CHOSEN));
        next.put(ID_CHOSEN, beforeTheEnd(SUBMITTED));
        next.put(SUBMITTED, EnumSet.of(APPROVED, REJECTED));
        next.put(APPROVED, EnumSet.of(ACTIVATED));
        return Map.copyOf(next);
    }

    private static Set<RegistrationStatus> beforeTheEnd(RegistrationStatus first, RegistrationStatus... rest) {
        EnumSet<RegistrationStatus> next = EnumSet.of(first, rest);
        next.add(EXPIRED);
        next.add(ABANDONED);
        return next;
    }
}
