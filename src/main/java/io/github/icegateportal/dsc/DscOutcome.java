package io.github.icegateportal.dsc;

/** The result of one check on a DSC signature. */
public enum DscOutcome {
    PASSED,
    FAILED,
    /** The check did not apply (no CRL configured for the issuer, no PAN digest in the subject). */
    NOT_CHECKED
}
