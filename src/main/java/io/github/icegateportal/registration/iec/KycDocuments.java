package io.github.icegateportal.registration.iec;

import io.github.icegateportal.registration.Registration;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** The KYC documents of registrations: which are required, checking and keeping uploads, reading them back. */
@Component
class KycDocuments {

    private final KycDocumentRepository repository;
    private final DocumentContentCheck contentCheck;
    private final KycDocumentProperties properties;
    private final Clock clock;

    KycDocuments(
            KycDocumentRepository repository,
            DocumentContentCheck contentCheck,
            KycDocumentProperties properties,
            Clock clock) {
        this.repository = repository;
        this.contentCheck = contentCheck;
        this.properties = properties;
        this.clock = clock;
    }

    /** The documents this registration's PAN holder type must upload. */
    List<KycDocumentType> required(Registration registration) {
        return properties.requiredFor(registration.pan().holderType());
    }

    long maxSize() {
        return properties.maxSize().toBytes();
    }

    @Transactional(readOnly = true)
    List<KycDocumentInfo> list(UUID registrationId) {
        return repository.findInfoByRegistrationId(registrationId);
    }

    /** The documents uploaded so far, by kind, for the page's one row per kind. */
    @Transactional(readOnly = true)
    Map<KycDocumentType, KycDocumentInfo> uploadedByType(UUID registrationId) {
        var byType = new EnumMap<KycDocumentType, KycDocumentInfo>(KycDocumentType.class);
        list(registrationId).forEach(document -> byType.put(document.type(), document));
        return byType;
    }

    /** The required documents not uploaded yet, in the page's order. */
    @Transactional(readOnly = true)
    List<KycDocumentType> missing(Registration registration) {
        var uploaded =
                list(registration.id()).stream().map(KycDocumentInfo::type).toList();
        var missing = new ArrayList<>(required(registration));
        missing.removeAll(uploaded);
        return missing;
    }

    /**
     * The content of an uploaded file, refused before a byte is read when none was chosen or it is too large (the
     * servlet lets uploads up to 200 MB through, for the imports).
     *
     * @throws StepRefusedException with the message and its arguments (the file's name, the largest size)
     */
    byte[] read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw StepRefusedException.global("registration.iec.document.choose");
        }
        String name = displayName(file.getOriginalFilename());
        if (file.getSize() > maxSize()) {
            throw StepRefusedException.global(
                    DocumentContentCheck.Refusal.TOO_LARGE.messageKey(), name, maxSize() / 1024);
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw StepRefusedException.global("registration.iec.document.unreadable", name);
        }
    }

    /**
     * Checks and keeps a document, replacing an earlier one of the same kind; a refused file changes nothing.
     *
     * @throws StepRefusedException on field {@code file} with a message naming the file and the reason
     */
    @Transactional
    KycDocumentInfo store(Registration registration, KycDocumentType type, String fileName, byte[] content) {
        return store(registration, type, fileName, content, clock.instant());
    }

    /** The same, uploaded at {@code uploadedAt} (the demo's ready-made registrations, counted back from now). */
    @Transactional
    KycDocumentInfo store(
            Registration registration, KycDocumentType type, String fileName, byte[] content, Instant uploadedAt) {
        String name = displayName(fileName);
        var result = contentCheck.check(content);
        if (result.refused().isPresent()) {
            throw new StepRefusedException(
                    "file",
                    result.refused().get().messageKey(),
                    name,
                    properties.maxSize().toKilobytes());
        }
        repository.deleteByRegistrationIdAndType(registration.id(), type);
        var document = repository.save(
                new KycDocument(registration.id(), type, name, result.mediaType(), content, uploadedAt));
        return new KycDocumentInfo(
                document.id(),
                type,
                document.fileName(),
                document.mediaType(),
                document.size(),
                document.sha256(),
                document.uploadedAt());
    }

    @Transactional(readOnly = true)
    Optional<KycDocument> find(UUID registrationId, long documentId) {
        return repository.findByIdAndRegistrationId(documentId, registrationId);
    }

    /** The file's own name without any path a browser sent, cut to fit, never empty. */
    static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "(no name)";
        }
        String name = fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.isEmpty()) {
            return "(no name)";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
