package io.github.icegateportal.registration.iec;

import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Decides whether an uploaded file may be kept as a KYC document: PDF, JPEG or PNG as its bytes say (Apache
 * Tika's magic detection; the file name and the browser's declared type are not trusted), not empty, not larger
 * than the configured size.
 */
@Component
class DocumentContentCheck {

    static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");

    private final Tika tika = new Tika();

    private final KycDocumentProperties properties;

    DocumentContentCheck(KycDocumentProperties properties) {
        this.properties = properties;
    }

    /** The refusal, or the detected media type of an acceptable file. */
    Result check(byte[] content) {
        if (content == null || content.length == 0) {
            return Result.refused(Refusal.EMPTY);
        }
        if (content.length > properties.maxSize().toBytes()) {
            return Result.refused(Refusal.TOO_LARGE);
        }
        String detected = tika.detect(content);
        if (!ACCEPTED.contains(detected)) {
            return Result.refused(Refusal.WRONG_TYPE);
        }
        return new Result(detected, null);
    }

    /** Why a file was refused; each has its message {@code registration.iec.document.refused.<name>}. */
    enum Refusal {
        EMPTY,
        TOO_LARGE,
        WRONG_TYPE;

        String messageKey() {
            return "registration.iec.document.refused." + name();
        }
    }

    record Result(String mediaType, Refusal refusal) {

        static Result refused(Refusal refusal) {
            return new Result(null, refusal);
        }

        Optional<Refusal> refused() {
            return Optional.ofNullable(refusal);
        }
    }
}
