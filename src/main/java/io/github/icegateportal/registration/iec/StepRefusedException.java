package io.github.icegateportal.registration.iec;

import org.springframework.validation.Errors;

/**
 * A wizard step refused with a message for the person: next to {@link #field()} when it names one, above the
 * form otherwise. Nothing of the step is kept.
 */
class StepRefusedException extends RuntimeException {

    private final String field;

    private final String messageKey;

    private final transient Object[] arguments;

    StepRefusedException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** A refusal of the whole form. */
    static StepRefusedException global(String messageKey, Object... arguments) {
        return new StepRefusedException(null, messageKey, arguments);
    }

    /** Puts the refusal on the form: next to its field, or above the form. */
    void rejectOn(Errors errors) {
        if (field == null) {
            errors.reject(messageKey, arguments(), messageKey);
        } else {
            errors.rejectValue(field, messageKey, arguments(), messageKey);
        }
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
