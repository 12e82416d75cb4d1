package io.github.icegateportal.admin;

import io.github.icegateportal.shared.field.MultiLine;
import jakarta.validation.constraints.Size;

/**
 * An admin's decision on one registration, as of the version they were shown.
 *
 * @param reasonCode one of the usual rejection reasons, or OTHER
 * @param reasonText free text: what exactly is wrong (required with OTHER)
 * @param confirmed "true" when the admin ticked "I have checked the documents and the DSC" (required to approve)
 */
record DecisionForm(
        Long version,
        String reasonCode,

        @Size(max = 800, message = "{admin.decision.reasonTooLong}") @MultiLine
        String reasonText,

        String confirmed) {

    static DecisionForm empty(long version) {
        return new DecisionForm(version, null, null, null);
    }

    boolean isConfirmed() {
        return "true".equals(confirmed);
    }
}
