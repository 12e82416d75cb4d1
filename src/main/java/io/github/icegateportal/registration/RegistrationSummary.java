package io.github.icegateportal.registration;

import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.PanHolderType;
import java.time.Instant;

/**
 * One row of the admin queue. {@code submittedAt} is null for a registration not yet submitted.
 *
 * @param entityType the holder type the PAN states (company, firm, ...)
 * @param upgrade a DSC registration for an IEC that already has a simplified account
 */
public record RegistrationSummary(
        String referenceNumber,
        RegistrationRoute route,
        RegistrationStatus status,
        Iec iec,
        String firmName,
        Instant createdAt,
        Instant submittedAt,
        long version,
        PanHolderType entityType,
        boolean upgrade) {

    static RegistrationSummary of(Registration registration) {
        return new RegistrationSummary(
                registration.referenceNumber(),
                registration.route(),
                registration.status(),
                registration.iec(),
                registration.firmName(),
                registration.createdAt(),
                registration.submittedAt().orElse(null),
                registration.version(),
                registration.pan().holderType(),
                registration.upgrade());
    }
}
