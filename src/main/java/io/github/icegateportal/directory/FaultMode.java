package io.github.icegateportal.directory;

/** How a directory stub behaves, to show and test slow and failing directories. */
public enum FaultMode {
    /** Answers at once. */
    NORMAL,
    /**
     * Answers after {@code portal.directory.slow-delay}; when that is not shorter than {@code portal.directory.timeout},
     * the call gives up after the timeout with {@link DirectoryUnavailableException}.
     */
    SLOW,
    /** Every call fails with {@link DirectoryUnavailableException}. */
    FAIL
}
