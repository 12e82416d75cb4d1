package io.github.icegateportal.admin;

import io.github.icegateportal.registration.Registrations;
import io.github.icegateportal.registration.StoredDocument;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A registration's KYC document, for the admin who reviews it: served with the content type detected from its bytes
 * at upload (never from the name), no sniffing, as an attachment; viewed in the browser only when it is an image or
 * a PDF, under a policy that lets it run nothing.
 */
@Controller
class DocumentController {

    static final Set<String> VIEWABLE = Set.of("application/pdf", "image/png", "image/jpeg");

    /** An image runs nothing at all; a PDF needs the browser's viewer, which a sandbox would block. */
    static final String IMAGE_POLICY =
            "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

    static final String PDF_POLICY =
            "default-src 'none'; object-src 'self'; frame-ancestors 'none'; form-action 'none'";

    private final Registrations registrations;

    DocumentController(Registrations registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/admin/registrations/{reference}/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable long id) {
        var document = find(reference, id);
        return ResponseEntity.ok()
                .headers(headers(document, ContentDisposition.attachment()))
                .body(document.content());
    }

    @GetMapping("/admin/registrations/{reference}/documents/{id}/view")
    ResponseEntity<byte[]> view(@PathVariable String reference, @PathVariable long id) {
        var document = find(reference, id);
        if (!VIEWABLE.contains(document.contentType())) {
            return download(reference, id);
        }
        return ResponseEntity.ok()
                .headers(headers(document, ContentDisposition.inline()))
                .body(document.content());
    }

    private StoredDocument find(String reference, long id) {
        return registrations
                .document(ApprovalQueueController.referenceOf(reference), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static HttpHeaders headers(StoredDocument document, ContentDisposition.Builder disposition) {
        var headers = new HttpHeaders();
        headers.setContentType(
                VIEWABLE.contains(document.contentType())
                        ? MediaType.parseMediaType(document.contentType())
                        : MediaType.APPLICATION_OCTET_STREAM);
        headers.setContentDisposition(disposition
                .filename(safeName(document.fileName()), StandardCharsets.UTF_8)
                .build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set(
                "Content-Security-Policy",
                "application/pdf".equals(document.contentType()) ? PDF_POLICY : IMAGE_POLICY);
        headers.setCacheControl("no-store");
        return headers;
    }

    /** The uploaded name without paths or control characters, so it cannot break the header. */
    static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "document";
        }
        String base = name.replaceAll(".*[/\\\\]", "")
                .replaceAll("[\\p{Cntrl}\"]", "_")
                .strip();
        return base.isEmpty() ? "document" : base.substring(0, Math.min(base.length(), 120));
    }
}
