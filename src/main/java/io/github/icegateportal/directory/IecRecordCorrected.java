package io.github.icegateportal.directory;

import io.github.icegateportal.shared.event.AuditableEvent;
import java.time.Instant;

/** An admin corrected an IEC record (as DGFT would after the holder updated it). */
public record IecRecordCorrected(
        IecRecord before, IecRecord after, String actor, String remoteAddress, Instant occurredAt)
        implements AuditableEvent {

    @Override
    public String subject() {
        return "IEC " + this.after.iec();
    }

    @Override
    public String action() {
        return "IEC_RECORD_CORRECTED";
    }

    @Override
    public String details() {
        var changes = new Changes();
        changes.add("status", this.before.status(), this.after.status());
        changes.add("email", this.before.email(), this.after.email());
        changes.add("mobile", this.before.mobile(), this.after.mobile());
        changes.add("address", this.before.address(), this.after.address());
        changes.add("firm name", this.before.firmName(), this.after.firmName());
        return changes.toString();
    }
}
