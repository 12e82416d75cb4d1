package io.github.icegateportal.registration;

/**
 * A step was asked of a registration that its state does not allow (a replayed or out-of-order form, a second
 * decision). {@link #messageKey()} names the message that tells the person what happened.
 */
public class RegistrationStateException extends RuntimeException {

    private final String messageKey;

    private final RegistrationStatus status;

    public RegistrationStateException(String messageKey, RegistrationStatus status, String step) {
        super("Step " + step + " is not allowed in state " + status + " (" + messageKey + ")");
        this.messageKey = messageKey;
        this.status = status;
    }

    /** The message for the person, in {@code messages*.properties}. */
    public String messageKey() {
        return this.messageKey;
    }

    /** The state the registration was in. */
    public RegistrationStatus status() {
        return this.status;
    }
}
