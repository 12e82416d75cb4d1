package io.github.icegateportal.directory;

/**
 * A directory did not answer in time or failed. Callers tell the person to try again later ({@link #messageKey()})
 * and keep everything they entered.
 */
public class DirectoryUnavailableException extends RuntimeException {

    private final DirectorySource source;

    public DirectoryUnavailableException(DirectorySource source, String message) {
        super(source + " directory unavailable: " + message);
        this.source = source;
    }

    public DirectoryUnavailableException(DirectorySource source, String message, Throwable cause) {
        super(source + " directory unavailable: " + message, cause);
        this.source = source;
    }

    public DirectorySource source() {
        return this.source;
    }

    /**
     * {@code directory.unavailable}: "{0} is not answering at the moment. Please try again later; what you entered
     * is kept." with {@link DirectorySource#messageKey()} as its argument.
     */
    public String messageKey() {
        return "directory.unavailable";
    }
}
