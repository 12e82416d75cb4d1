package io.github.icegateportal.directory;

import io.github.icegateportal.shared.event.AuditableEvent;
import java.util.List;
import java.util.function.Function;

/**
 * An admin corrected one directory record, as DGFT or GSTN would after the holder updated it. The audit details name
 * each correctable field that changed, with its value before and after. A listener for one directory listens to
 * {@link IecRecordCorrected} or {@link GstRegistrationCorrected}.
 *
 * @param <R> the record type
 */
public sealed interface DirectoryRecordCorrected<R> extends AuditableEvent
        permits IecRecordCorrected, GstRegistrationCorrected {

    R before();

    R after();

    /** The fields an admin can correct, in the order the audit details list them. */
    List<CorrectableField<R>> correctableFields();

    @Override
    default String details() {
        var changes = new Changes();
        for (var field : correctableFields()) {
            changes.add(
                    field.name(), field.value().apply(before()), field.value().apply(after()));
        }
        return changes.toString();
    }

    /** A field as the audit log names it, and how to read it from a record. */
    record CorrectableField<R>(String name, Function<R, ?> value) {}
}
