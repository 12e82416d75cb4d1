package io.github.icegateportal.directory;

/** The status of a GST registration at GSTN. */
public enum GstStatus {
    ACTIVE,
    SUSPENDED,
    CANCELLED;

    /** Message key of the status's name, e.g. {@code directory.gstStatus.CANCELLED}. */
    public String messageKey() {
        return "directory.gstStatus." + name();
    }
}
