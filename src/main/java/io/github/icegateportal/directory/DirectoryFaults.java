package io.github.icegateportal.directory;

/**
 * The fault mode of each directory. The initial mode comes from {@code portal.directory.dgft.fault} and
 * {@code portal.directory.gstn.fault}; a mode set here is stored in the database, so every instance sees it, until
 * it is set again or {@link #reset()}.
 */
public interface DirectoryFaults {

    void set(DirectorySource source, FaultMode mode);

    /** Switches the mode as {@link #set(DirectorySource, FaultMode)} and publishes {@link DirectoryFaultChanged}. */
    void set(DirectorySource source, FaultMode mode, String actor, String remoteAddress);

    FaultMode mode(DirectorySource source);

    /** Back to the modes from the properties (tests call it after switching a mode). */
    void reset();
}
