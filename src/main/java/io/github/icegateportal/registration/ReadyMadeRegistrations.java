package io.github.icegateportal.registration;

import io.github.icegateportal.dsc.DscHolder;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import java.time.Instant;

/**
 * DSC registrations submitted in one go rather than page by page (the demo's ready-made registrations in the
 * approval queue), made as a real submission makes them: step by step through {@link Registration}, so that the
 * history, the audit log and the queue figures see the same events, with KYC documents that pass the upload checks,
 * the ICEGATE ID reserved in the ID table, the password hashed by the portal's encoder, and a signature over the
 * registration's own challenge checked by the portal's DSC verifier.
 */
public interface ReadyMadeRegistrations {

    /**
     * Submits a DSC registration of {@code iec} by its first signatory, its steps dated back from {@code
     * submittedAt}, in one transaction. Leaves alone an IEC that already has an account or a DSC registration
     * waiting, approved or activated; one that was rejected gets a new one.
     *
     * @return false when nothing was kept: the IEC was left alone, or its record, the signature or the ICEGATE ID
     *     did not do (logged)
     */
    boolean submitDsc(
            Iec iec, IcegateId icegateId, String password, Instant submittedAt, KycFiles files, ChallengeSigner signer);

    /** A file for each KYC document the registration requires. */
    @FunctionalInterface
    interface KycFiles {

        /** @param documentType a KYC document type's name ({@code PAN_CARD}, {@code AADHAAR}, ...) */
        KycFile file(String documentType, String firmName);
    }

    record KycFile(String name, byte[] content) {}

    /** Signs the registration's challenge as the holder's DSC would, at {@code signedAt}: the detached {@code .p7s}. */
    @FunctionalInterface
    interface ChallengeSigner {

        byte[] sign(Iec iec, DscHolder holder, String organisation, String challenge, Instant signedAt);
    }
}
