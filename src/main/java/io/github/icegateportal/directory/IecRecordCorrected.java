package io.github.icegateportal.directory;

import java.time.Instant;
import java.util.List;

/** An admin corrected an IEC record (as DGFT would after the holder updated it). */
public record IecRecordCorrected(
        IecRecord before, IecRecord after, String actor, String remoteAddress, Instant occurredAt)
        implements DirectoryRecordCorrected<IecRecord> {

    private static final List<CorrectableField<IecRecord>> FIELDS = List.of(
            new CorrectableField<>("status", IecRecord::status),
            new CorrectableField<>("email", IecRecord::email),
            new CorrectableField<>("mobile", IecRecord::mobile),
            new CorrectableField<>("address", IecRecord::address),
            new CorrectableField<>("firm name", IecRecord::firmName));

    @Override
    public String subject() {
        return "IEC " + this.after.iec();
    }

    @Override
    public String action() {
        return "IEC_RECORD_CORRECTED";
    }

    @Override
    public List<CorrectableField<IecRecord>> correctableFields() {
        return FIELDS;
    }
}
