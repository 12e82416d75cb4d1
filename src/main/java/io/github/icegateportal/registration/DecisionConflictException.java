package io.github.icegateportal.registration;

import java.time.Instant;

/** Another admin decided the registration first (or changed it since the page was shown); that decision counts. */
public class DecisionConflictException extends RuntimeException {

    private final String decidedBy;

    private final Instant decidedAt;

    public DecisionConflictException(String decidedBy, Instant decidedAt) {
        super("Already decided by " + decidedBy + " at " + decidedAt);
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /** Who decided first, or null if the registration changed without a decision. */
    public String decidedBy() {
        return this.decidedBy;
    }

    public Instant decidedAt() {
        return this.decidedAt;
    }
}
