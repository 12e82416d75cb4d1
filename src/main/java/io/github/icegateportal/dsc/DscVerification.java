package io.github.icegateportal.dsc;

import java.util.List;
import java.util.Optional;

/**
 * What {@link DscVerifier} found: every check it ran, in order, and the signer's certificate when the upload
 * could be read at all.
 */
public record DscVerification(List<DscCheck> checks, Optional<DscCertificate> certificate) {

    public DscVerification {
        checks = List.copyOf(checks);
    }

    /** True when no check failed (a check that did not apply is not a failure). */
    public boolean passed() {
        return checks.stream().noneMatch(DscCheck::failed);
    }

    /** The failure to tell the person first: the checks run from the file's form to the holder's PAN. */
    public Optional<DscCheck> firstFailure() {
        return checks.stream().filter(DscCheck::failed).findFirst();
    }

    /** Every failed check, in order. */
    public List<DscCheck> failures() {
        return checks.stream().filter(DscCheck::failed).toList();
    }

    /** The result of one kind of check, if it ran. */
    public Optional<DscCheck> check(DscCheckType type) {
        return checks.stream().filter(check -> check.type() == type).findFirst();
    }
}
