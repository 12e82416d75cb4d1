package io.github.icegateportal.account;

import java.time.Instant;

/**
 * An admin created an issuing office, disabled or enabled it, reset its password or changed its signatories (in the
 * audit log; never the password).
 *
 * @param action OFFICE_CREATED, OFFICE_DISABLED, OFFICE_ENABLED, OFFICE_PASSWORD_RESET, OFFICE_SIGNATORY_ADDED or
 *     OFFICE_SIGNATORY_REMOVED
 * @param actor the admin's user name
 */
public record OfficeChanged(
        String icegateId, String action, String details, String actor, String remoteAddress, Instant occurredAt)
        implements AccountEvent {}
