package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A KYC document as the reviewing admin gets it: the stored type, no sniffing, a download unless image or PDF. */
@PortalTest
class DocumentViewTests extends WithQueueFixtures {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aPdfIsDownloadedAsAnAttachmentOrViewedUnderAPolicyThatRunsNothing() {
        String reference = fixtures.submitted(QueueFixtures.newIec(), clock.instant());
        long id = document(reference, "application/pdf", "pan card.pdf", "%PDF-1.4 test");
        var admin = AdminLogin.asFirstAdmin(mvc);

        var download = admin.get("/admin/registrations/" + reference + "/documents/" + id)
                .getResponse();
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("pan card.pdf");

        var view = admin.get("/admin/registrations/" + reference + "/documents/" + id + "/view")
                .getResponse();
        assertThat(view.getHeader("Content-Disposition")).startsWith("inline;");
        assertThat(view.getHeader("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(view.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aStoredTypeThatIsNeitherImageNorPdfIsAlwaysAnOctetStreamDownload() {
        String reference = fixtures.submitted(QueueFixtures.newIec(), clock.instant());
        long id = document(reference, "text/html", "../../evil\".html", "<script>alert(1)</script>");
        var admin = AdminLogin.asFirstAdmin(mvc);

        var view = admin.get("/admin/registrations/" + reference + "/documents/" + id + "/view")
                .getResponse();

        assertThat(view.getContentType()).isEqualTo("application/octet-stream");
        assertThat(view.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .doesNotContain("../");
        assertThat(view.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anotherRegistrationsDocumentIsNotFound() {
        String owner = fixtures.submitted(QueueFixtures.newIec(), clock.instant());
        String other = fixtures.submitted(QueueFixtures.newIec(), clock.instant());
        long id = document(owner, "image/png", "a.png", "png");
        var admin = AdminLogin.asFirstAdmin(mvc);

        assertThat(admin.get("/admin/registrations/" + other + "/documents/" + id)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private long document(String reference, String mediaType, String fileName, String content) {
        var registration = jdbc.queryForObject(
                "SELECT id FROM registration WHERE reference_number = ?", java.util.UUID.class, reference);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        jdbc.update(
                "INSERT INTO registration_document (registration_id, document_type, file_name, media_type, size_bytes,"
                        + " sha256, content, uploaded_at) VALUES (?, 'PAN_CARD', ?, ?, ?, ?, ?, ?)",
                registration,
                fileName,
                mediaType,
                bytes.length,
                "0".repeat(64),
                bytes,
                clock.instant().atOffset(ZoneOffset.UTC));
        return jdbc.queryForObject(
                "SELECT id FROM registration_document WHERE registration_id = ?", Long.class, registration);
    }
}
