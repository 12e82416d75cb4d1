package io.github.icegateportal.directory;

import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import java.util.Optional;

/**
 * Corrects a single record, as DGFT or GSTN would after the holder updated it, and publishes
 * {@link IecRecordCorrected} / {@link GstRegistrationCorrected} (auditable) in the same transaction.
 */
public interface DirectoryCorrections {

    /** The corrected record, or empty when there is no such IEC. */
    default Optional<IecRecord> correctIec(Iec iec, IecCorrection correction, String actor) {
        return correctIec(iec, correction, actor, null);
    }

    Optional<IecRecord> correctIec(Iec iec, IecCorrection correction, String actor, String remoteAddress);

    /** The corrected registration, or empty when there is no such GSTIN. */
    default Optional<GstRegistration> correctGst(Gstin gstin, GstCorrection correction, String actor) {
        return correctGst(gstin, correction, actor, null);
    }

    Optional<GstRegistration> correctGst(Gstin gstin, GstCorrection correction, String actor, String remoteAddress);
}
