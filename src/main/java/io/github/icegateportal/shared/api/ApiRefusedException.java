package io.github.icegateportal.shared.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A step of the API refused with the message a page would show: the status, the message's key and arguments in the
 * portal's bundles, the fields it concerns (each with its own message key), and for a rate limit or lock-out the wait
 * ({@code Retry-After}). {@link ApiProblems} turns it into a problem document.
 */
public class ApiRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String messageKey;
    private final transient Object[] arguments;
    private final Map<String, FieldMessage> fieldMessages;
    private final transient Duration retryAfter;
    private final transient Map<String, Object> properties;

    private ApiRefusedException(
            HttpStatus status,
            String code,
            String messageKey,
            Object[] arguments,
            Map<String, FieldMessage> fieldMessages,
            Duration retryAfter,
            Map<String, Object> properties) {
        super(code);
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.fieldMessages = fieldMessages;
        this.retryAfter = retryAfter;
        this.properties = properties;
    }

    /**
     * @param code a short stable name of the refusal for clients to branch on (the problem's {@code code})
     * @param messageKey the key of the message in the portal's bundles (the problem's {@code detail})
     */
    public static ApiRefusedException of(HttpStatus status, String code, String messageKey, Object... arguments) {
        return new ApiRefusedException(status, code, messageKey, arguments, Map.of(), null, Map.of());
    }

    /** The same refusal, telling the client when to try again. */
    public ApiRefusedException retryAfter(Duration wait) {
        return new ApiRefusedException(status, code, messageKey, arguments, fieldMessages, wait, properties);
    }

    /** A field's message: its key in the portal's bundles and the arguments it takes. */
    public record FieldMessage(String key, Object... arguments) {}

    /** The same refusal, naming a field and its message. */
    public ApiRefusedException field(String field, String fieldMessageKey, Object... fieldArguments) {
        var fields = new LinkedHashMap<>(fieldMessages);
        fields.put(field, new FieldMessage(fieldMessageKey, fieldArguments));
        return new ApiRefusedException(status, code, messageKey, arguments, fields, retryAfter, properties);
    }

    /** The same refusal with one more member of the problem document (for example the next step's challenge). */
    public ApiRefusedException with(String name, Object value) {
        var more = new LinkedHashMap<>(properties);
        more.put(name, value);
        return new ApiRefusedException(status, code, messageKey, arguments, fieldMessages, retryAfter, more);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }

    public Map<String, FieldMessage> fieldMessages() {
        return fieldMessages;
    }

    public Duration retryAfterOrNull() {
        return retryAfter;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
