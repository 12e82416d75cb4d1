package io.github.icegateportal.registration;

import java.time.Instant;

/**
 * A KYC document uploaded with a DSC registration, as the reviewing admin views it.
 *
 * @param contentType the type its content was detected as: {@code application/pdf}, {@code image/jpeg} or
 *     {@code image/png} (never the name's or the browser's claim)
 * @param sha256 lower-case hex SHA-256 of {@code content}, taken at upload
 * @param typeMessageKey the message key of the document's kind (PAN card, Aadhaar, ...)
 */
public record StoredDocument(
        long id,
        String fileName,
        String contentType,
        byte[] content,
        String sha256,
        String typeMessageKey,
        long size,
        Instant uploadedAt) {}
