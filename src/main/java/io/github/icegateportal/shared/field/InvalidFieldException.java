package io.github.icegateportal.shared.field;

import java.util.Arrays;

/**
 * A value broke a field rule. {@link #messageKey()} names the message (in {@code messages*.properties}) that tells
 * the person what to fix; {@link #arguments()} fills its placeholders. An argument may be a
 * {@link org.springframework.context.MessageSourceResolvable} (for example a category name), which a
 * {@link org.springframework.context.MessageSource} resolves in the reader's language.
 */
public class InvalidFieldException extends RuntimeException {

    private final String messageKey;

    private final Object[] arguments;

    public InvalidFieldException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return this.messageKey;
    }

    public Object[] arguments() {
        return this.arguments.clone();
    }
}
