package io.github.icegateportal.registration.iec;

import java.time.Instant;

/** A KYC document without its bytes, for lists. */
record KycDocumentInfo(
        long id,
        KycDocumentType type,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        Instant uploadedAt) {}
