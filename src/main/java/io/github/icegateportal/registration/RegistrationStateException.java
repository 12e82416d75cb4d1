package io.github.icegateportal.registration;

import io.github.icegateportal.otp.OtpProperties;

/**
 * A step was asked of a registration that its state does not allow (a replayed or out-of-order form, a second
 * decision). {@link #messageKey()} names the message that tells the person what happened.
 */
public class RegistrationStateException extends RuntimeException {

    /** The one refusal whose text states a setting: the OTPs' lifetime ({@code portal.otp.lifetime}). */
    public static final String EXPIRED = "registration.state.expired";

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

    /** The arguments of {@link #messageKey()}'s text: the OTP lifetime in hours for {@link #EXPIRED}, else none. */
    public Object[] messageArguments(OtpProperties otp) {
        return arguments(this.messageKey, otp);
    }

    /** The same for a key shown without an exception. */
    public static Object[] arguments(String messageKey, OtpProperties otp) {
        return EXPIRED.equals(messageKey) ? new Object[] {otp.lifetime().toHours()} : new Object[0];
    }

    /** The state the registration was in. */
    public RegistrationStatus status() {
        return this.status;
    }
}
