package io.github.icegateportal.registration.iec;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** One KYC document of a registration, its bytes kept in the database with their SHA-256. */
@Entity
@Table(name = "registration_document")
class KycDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false, updatable = false)
    private UUID registrationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, updatable = false)
    private KycDocumentType type;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected KycDocument() {}

    KycDocument(
            UUID registrationId,
            KycDocumentType type,
            String fileName,
            String mediaType,
            byte[] content,
            Instant uploadedAt) {
        this.registrationId = registrationId;
        this.type = type;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = content.length;
        this.sha256 = sha256(content);
        this.content = content.clone();
        this.uploadedAt = uploadedAt;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    Long id() {
        return id;
    }

    UUID registrationId() {
        return registrationId;
    }

    KycDocumentType type() {
        return type;
    }

    String fileName() {
        return fileName;
    }

    String mediaType() {
        return mediaType;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    byte[] content() {
        return content.clone();
    }

    Instant uploadedAt() {
        return uploadedAt;
    }
}
