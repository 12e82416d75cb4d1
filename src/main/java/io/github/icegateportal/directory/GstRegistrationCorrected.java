package io.github.icegateportal.directory;

import java.time.Instant;
import java.util.List;

/** An admin corrected a GST registration (as GSTN would after the holder updated it). */
public record GstRegistrationCorrected(
        GstRegistration before, GstRegistration after, String actor, String remoteAddress, Instant occurredAt)
        implements DirectoryRecordCorrected<GstRegistration> {

    private static final List<CorrectableField<GstRegistration>> FIELDS = List.of(
            new CorrectableField<>("status", GstRegistration::status),
            new CorrectableField<>("email", GstRegistration::email),
            new CorrectableField<>("mobile", GstRegistration::mobile),
            new CorrectableField<>("legal name", GstRegistration::legalName));

    @Override
    public String subject() {
        return "GSTIN " + this.after.gstin();
    }

    @Override
    public String action() {
        return "GST_REGISTRATION_CORRECTED";
    }

    @Override
    public List<CorrectableField<GstRegistration>> correctableFields() {
        return FIELDS;
    }
}
