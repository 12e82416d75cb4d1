package io.github.icegateportal.admin;

import io.github.icegateportal.shared.field.MultiLine;
import jakarta.validation.constraints.Size;

/**
 * An admin's decision on one registration, as of the version they were shown.
 *
 * @param reasonCode one of the usual rejection reasons, or OTHER
 * @param reasonText free text: what exactly is wrong (required with OTHER)
 */
record DecisionForm(
        Long version,
        String reasonCode,

        @Size(max = 800, message = "{admin.decision.reasonTooLong}") @MultiLine
        String reasonText) {

    static DecisionForm empty(long version) {
        return new DecisionForm(version, null, null);
    }
}
