package io.github.icegateportal.directory;

/** The status of an IEC at DGFT. Only an active IEC can be registered on ICEGATE or keep its right to file. */
public enum IecStatus {
    ACTIVE,
    SUSPENDED,
    CANCELLED,
    SURRENDERED;

    /** Message key of the status's name, e.g. {@code directory.iecStatus.SUSPENDED}. */
    public String messageKey() {
        return "directory.iecStatus." + name();
    }
}
