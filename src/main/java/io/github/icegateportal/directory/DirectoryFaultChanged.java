package io.github.icegateportal.directory;

import io.github.icegateportal.shared.event.AuditableEvent;
import java.time.Instant;

/** An admin switched a directory's fault mode. */
public record DirectoryFaultChanged(
        DirectorySource source,
        FaultMode before,
        FaultMode after,
        String actor,
        String remoteAddress,
        Instant occurredAt)
        implements AuditableEvent {

    @Override
    public String subject() {
        return "directory " + this.source;
    }

    @Override
    public String action() {
        return "DIRECTORY_FAULT_MODE_CHANGED";
    }

    @Override
    public String details() {
        return "fault mode " + this.before + " -> " + this.after;
    }
}
