package io.github.icegateportal.shared.field;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helper: asserts that a rule refuses a value with the given message key. */
final class Rules {

    private Rules() {}

    static void refusedWith(String messageKey, ThrowingCallable call) {
        assertThatExceptionOfType(InvalidFieldException.class)
                .isThrownBy(call)
                .satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.messageKey())
                        .isEqualTo(messageKey));
    }
}
