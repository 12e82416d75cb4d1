package io.github.icegateportal.admin;

import java.util.Arrays;
import java.util.Optional;

/** The usual reasons for rejecting a DSC registration; the admin may add free text to any of them. */
enum RejectionReason {
    DOCUMENT_UNREADABLE,
    DOCUMENT_MISSING,
    DOCUMENT_NOT_MATCHING,
    SIGNATORY_NOT_AUTHORISED,
    ADDRESS_PROOF_OUTDATED,
    OTHER;

    public String messageKey() {
        return "admin.reason." + name();
    }

    static Optional<RejectionReason> of(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
    }
}
