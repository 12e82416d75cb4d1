package io.github.icegateportal.dsc;

import java.util.Objects;

/**
 * One check's result and the message ({@code messages*.properties}) that tells the person about it: every
 * failure has a key of its own.
 */
public record DscCheck(DscCheckType type, DscOutcome outcome, String messageKey) {

    public DscCheck {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(messageKey, "messageKey");
    }

    public boolean failed() {
        return outcome == DscOutcome.FAILED;
    }

    static DscCheck passed(DscCheckType type, String messageKey) {
        return new DscCheck(type, DscOutcome.PASSED, messageKey);
    }

    static DscCheck failed(DscCheckType type, String messageKey) {
        return new DscCheck(type, DscOutcome.FAILED, messageKey);
    }

    static DscCheck notChecked(DscCheckType type, String messageKey) {
        return new DscCheck(type, DscOutcome.NOT_CHECKED, messageKey);
    }
}
