package io.github.icegateportal.registration;

/** A KYC document uploaded with a DSC registration, as the reviewing admin views it. */
public record StoredDocument(long id, String fileName, String contentType, byte[] content, String sha256) {}
