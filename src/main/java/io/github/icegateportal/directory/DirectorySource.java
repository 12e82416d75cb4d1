package io.github.icegateportal.directory;

/** The outside directories the portal looks up. */
public enum DirectorySource {
    /** The DGFT IEC directory. */
    DGFT,
    /** The GSTN directory of GST registrations. */
    GSTN;

    /** Message key of the directory's name, e.g. {@code directory.source.DGFT}. */
    public String messageKey() {
        return "directory.source." + name();
    }
}
