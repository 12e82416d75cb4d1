package io.github.icegateportal.registration;

import java.time.Instant;

/** A KYC document's metadata, for the admin's detail page; {@link Registrations#document} serves the file. */
public record DocumentSummary(
        long id,
        String typeMessageKey,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        Instant uploadedAt) {}
