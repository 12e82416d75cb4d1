package io.github.icegateportal.admin;

import io.github.icegateportal.dsc.DscCheck;
import io.github.icegateportal.registration.DocumentSummary;
import io.github.icegateportal.registration.RegistrationDetail;
import io.github.icegateportal.registration.RegistrationDetail.FieldMatch;
import io.github.icegateportal.registration.RegistrationDetail.HistoryEntry;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationStatus;
import java.time.Instant;
import java.util.List;

/**
 * One registration as the API gives it to an admin: what the detail page shows, in plain values, so that the API's
 * shape stays the same when the registration module's records change.
 *
 * @param version what a decision must name: a registration changed since is not decided blindly
 * @param fieldMatches IEC, PAN, email and mobile against DGFT's record now
 */
record AdminApiRegistration(
        String referenceNumber,
        RegistrationRoute route,
        RegistrationStatus status,
        String iec,
        String gstin,
        String pan,
        String firmName,
        String email,
        String mobile,
        String icegateId,
        boolean upgrade,
        Instant createdAt,
        Instant submittedAt,
        String decidedBy,
        Instant decidedAt,
        String rejectionReason,
        long version,
        boolean dgftAvailable,
        List<FieldMatch> fieldMatches,
        List<DocumentSummary> documents,
        Signature dsc,
        List<HistoryEntry> history) {

    /** The DSC signature: whether every check passed, the certificate's main facts and each check's outcome. */
    record Signature(
            boolean passed,
            Instant checkedAt,
            String holderName,
            String issuer,
            String serialNumber,
            Instant notAfter,
            List<Check> checks) {}

    record Check(String type, String outcome) {

        static Check of(DscCheck check) {
            return new Check(check.type().name(), check.outcome().name());
        }
    }

    static AdminApiRegistration of(RegistrationDetail detail) {
        var dsc = detail.dsc();
        Signature signature = dsc == null
                ? null
                : new Signature(
                        dsc.passed(),
                        dsc.checkedAt(),
                        dsc.certificate() == null ? null : dsc.certificate().holderName(),
                        dsc.certificate() == null ? null : dsc.certificate().issuer(),
                        dsc.certificate() == null ? null : dsc.certificate().serialNumber(),
                        dsc.certificate() == null ? null : dsc.certificate().notAfter(),
                        dsc.checks().stream().map(Check::of).toList());
        return new AdminApiRegistration(
                detail.referenceNumber(),
                detail.route(),
                detail.status(),
                detail.iec().value(),
                detail.gstin() == null ? null : detail.gstin().value(),
                detail.pan().value(),
                detail.firmName(),
                detail.email().value(),
                detail.mobile().value(),
                detail.icegateId() == null ? null : detail.icegateId().value(),
                detail.upgrade(),
                detail.createdAt(),
                detail.submittedAt(),
                detail.decidedBy(),
                detail.decidedAt(),
                detail.rejectionReason(),
                detail.version(),
                detail.dgftAvailable(),
                detail.fieldMatches(),
                detail.documents(),
                signature,
                detail.history());
    }
}
