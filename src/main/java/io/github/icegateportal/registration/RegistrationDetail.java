package io.github.icegateportal.registration;

import io.github.icegateportal.directory.GstRegistration;
import io.github.icegateportal.directory.IecRecord;
import io.github.icegateportal.dsc.DscCertificate;
import io.github.icegateportal.dsc.DscCheck;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import io.github.icegateportal.shared.field.PanHolderType;
import java.time.Instant;
import java.util.List;

/**
 * Everything an admin sees about one registration. Nullable: {@code gstin} (DSC route), {@code icegateId} (not
 * chosen yet), {@code submittedAt}, {@code decidedBy}, {@code decidedAt}, {@code rejectionReason},
 * {@code iecRecord} (DGFT does not know the IEC or could not be asked), {@code dsc} (no signature uploaded).
 *
 * @param iecRecord the DGFT record of the IEC as it is now
 * @param dgftAvailable false when the DGFT directory could not be asked just now
 * @param fieldMatches IEC, PAN, email and mobile as registered against the DGFT record now, after normalising
 * @param gstRegistrations the GSTN registrations of the holder's PAN
 * @param documents the KYC documents' metadata; {@link Registrations#document} serves a file
 * @param dsc the DSC signature of the registration and each check's result
 * @param history the registration's steps, oldest first
 */
public record RegistrationDetail(
        String referenceNumber,
        RegistrationRoute route,
        RegistrationStatus status,
        Iec iec,
        Gstin gstin,
        Pan pan,
        String firmName,
        EmailAddress email,
        MobileNumber mobile,
        IcegateId icegateId,
        boolean upgrade,
        Instant createdAt,
        Instant submittedAt,
        String decidedBy,
        Instant decidedAt,
        String rejectionReason,
        long version,
        PanHolderType entityType,
        IecRecord iecRecord,
        boolean dgftAvailable,
        List<FieldMatch> fieldMatches,
        List<GstRegistration> gstRegistrations,
        List<DocumentSummary> documents,
        DscDetails dsc,
        List<HistoryEntry> history) {

    /**
     * One registered field against the DGFT record.
     *
     * @param field the form field's name: {@code iec}, {@code pan}, {@code email} or {@code mobile}
     * @param onRecord DGFT's value, or null when there is no record
     */
    public record FieldMatch(String field, String registered, String onRecord, boolean matches) {}

    /**
     * The DSC a registration was signed with: the challenge, the certificate (null if the upload could not be
     * read) and every check's result in the verifier's order.
     */
    public record DscDetails(
            String challenge, Instant checkedAt, boolean passed, DscCertificate certificate, List<DscCheck> checks) {}

    /** One step in the registration's life. */
    public record HistoryEntry(Instant at, String action, String actor, String details) {}

    /** What the registration module gathers around a registration for the admin (DGFT, GSTN, documents, DSC). */
    public record Evidence(
            IecRecord iecRecord,
            boolean dgftAvailable,
            List<FieldMatch> fieldMatches,
            List<GstRegistration> gstRegistrations,
            List<DocumentSummary> documents,
            DscDetails dsc,
            List<HistoryEntry> history) {}

    static RegistrationDetail of(Registration registration, Evidence evidence) {
        return new RegistrationDetail(
                registration.referenceNumber(),
                registration.route(),
                registration.status(),
                registration.iec(),
                registration.gstin().orElse(null),
                registration.pan(),
                registration.firmName(),
                registration.accountEmail(),
                registration.accountMobile(),
                registration.icegateId().orElse(null),
                registration.upgrade(),
                registration.createdAt(),
                registration.submittedAt().orElse(null),
                registration.decidedBy().orElse(null),
                registration.decidedAt().orElse(null),
                registration.rejectionReason().orElse(null),
                registration.version(),
                registration.pan().holderType(),
                evidence.iecRecord(),
                evidence.dgftAvailable(),
                List.copyOf(evidence.fieldMatches()),
                List.copyOf(evidence.gstRegistrations()),
                List.copyOf(evidence.documents()),
                evidence.dsc(),
                List.copyOf(evidence.history()));
    }
}
