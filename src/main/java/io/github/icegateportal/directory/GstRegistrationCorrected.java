package io.github.icegateportal.directory;

import io.github.icegateportal.shared.event.AuditableEvent;
import java.time.Instant;

/** An admin corrected a GST registration (as GSTN would after the holder updated it). */
public record GstRegistrationCorrected(
        GstRegistration before, GstRegistration after, String actor, String remoteAddress, Instant occurredAt)
        implements AuditableEvent {

    @Override
    public String subject() {
        return "GSTIN " + this.after.gstin();
    }

    @Override
    public String action() {
        return "GST_REGISTRATION_CORRECTED";
    }

    @Override
    public String details() {
        var changes = new Changes();
        changes.add("status", this.before.status(), this.after.status());
        changes.add("email", this.before.email(), this.after.email());
        changes.add("mobile", this.before.mobile(), this.after.mobile());
        changes.add("legal name", this.before.legalName(), this.after.legalName());
        return changes.toString();
    }
}
