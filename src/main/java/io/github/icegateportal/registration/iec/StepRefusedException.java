package io.github.icegateportal.registration.iec;

import java.util.List;
import org.springframework.validation.Errors;

/**
 * A wizard step refused with a message for the person: next to its field when it names one, above the form
 * otherwise. A refusal may name several fields at once ({@link #ofFields}), each with its own message. Nothing of the
 * step is kept.
 */
class StepRefusedException extends RuntimeException {

    /** One message of a refusal: next to {@code field}, or above the form when {@code field} is null. */
    record FieldRefusal(String field, String messageKey, Object... arguments) {}

    private final transient List<FieldRefusal> refusals;

    StepRefusedException(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldRefusal(field, messageKey, arguments)));
    }

    private StepRefusedException(List<FieldRefusal> refusals) {
        super(refusals.get(0).messageKey());
        this.refusals = List.copyOf(refusals);
    }

    /** A refusal of the whole form. */
    static StepRefusedException global(String messageKey, Object... arguments) {
        return new StepRefusedException(null, messageKey, arguments);
    }

    /** A refusal that names several fields, each with its message (at least one). */
    static StepRefusedException ofFields(List<FieldRefusal> refusals) {
        if (refusals.isEmpty()) {
            throw new IllegalArgumentException("A refusal names at least one field");
        }
        return new StepRefusedException(refusals);
    }

    /** Puts the refusal on the form: each message next to its field, or above the form. */
    void rejectOn(Errors errors) {
        for (FieldRefusal refusal : refusals) {
            Object[] arguments = refusal.arguments().clone();
            if (refusal.field() == null) {
                errors.reject(refusal.messageKey(), arguments, refusal.messageKey());
            } else {
                errors.rejectValue(refusal.field(), refusal.messageKey(), arguments, refusal.messageKey());
            }
        }
    }

    /** Every message of the refusal, in order. */
    List<FieldRefusal> refusals() {
        return refusals;
    }

    /** The (first) message's key. */
    String messageKey() {
        return refusals.get(0).messageKey();
    }

    /** The (first) message's arguments. */
    Object[] arguments() {
        return refusals.get(0).arguments().clone();
    }
}
