package io.github.icegateportal.registration.simplified;

/** The first screen or the resume form refused the details; the message says why as far as it may. */
class RegistrationRefusedException extends RuntimeException {

    private final String messageKey;

    private final transient Object[] arguments;

    RegistrationRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    String messageKey() {
        return this.messageKey;
    }

    Object[] arguments() {
        return this.arguments.clone();
    }
}
