package io.github.icegateportal.registration;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import java.time.Instant;

/**
 * Everything an admin sees about one registration. Nullable: {@code gstin} (DSC route), {@code icegateId} (not
 * chosen yet), {@code submittedAt}, {@code decidedBy}, {@code decidedAt}, {@code rejectionReason}.
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
        long version) {

    static RegistrationDetail of(Registration registration) {
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
                registration.version());
    }
}
