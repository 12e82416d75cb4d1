package io.github.icegateportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.unit.DataSize;

/**
 * Uploads over the small limit are refused before their body is read, anywhere but at the admin's import and only for
 * a signed-in admin; the refusal is the portal's own page.
 */
@PortalTest
class UploadLimitTests {

    private static final String BOUNDARY = "portal-test-boundary";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UploadLimitFilter filter;

    /** The refusal comes from the declared size: neither the body nor any parameter (which parses it) is read. */
    @Test
    void aLargeUploadIsRefusedWithoutReadingItsBody() throws Exception {
        var request = new MockHttpServletRequest("POST", "/login") {
            @Override
            public long getContentLengthLong() {
                return DataSize.ofMegabytes(190).toBytes();
            }

            @Override
            public ServletInputStream getInputStream() {
                throw new AssertionError("the body was read");
            }

            @Override
            public String getParameter(String name) {
                throw new AssertionError("a parameter was read, which stores a multipart body");
            }
        };
        request.setContentType("multipart/form-data; boundary=" + BOUNDARY);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest())
                .as("no filter after it, and no form, saw the request")
                .isNull();
    }

    @Test
    void anAnonymousUploadOverTheSmallLimitIsRefusedAtTheLoginAndAtARouteBUpload() {
        for (String path : new String[] {"/login", "/registration/iec/" + UUID.randomUUID() + "/documents"}) {
            var result = mvc.post()
                    .uri(path)
                    .contentType("multipart/form-data; boundary=" + BOUNDARY)
                    .content(multipartBody("file", DataSize.ofMegabytes(2)))
                    .exchange();

            assertThat(result).as(path).hasStatus(413);
        }
    }

    @Test
    void aSmallUploadGoesOnToTheFormAsBefore() {
        var result = mvc.post()
                .uri("/login")
                .contentType("multipart/form-data; boundary=" + BOUNDARY)
                .content(multipartBody("file", DataSize.ofKilobytes(600)))
                .exchange();

        assertThat(result.getResponse().getStatus())
                .as("refused by the CSRF check, not by size")
                .isEqualTo(403);
    }

    @Test
    void onlyASignedInAdminMayUploadALargeImport() {
        byte[] body = multipartBody("file", DataSize.ofMegabytes(2));
        var anonymous = new Visitor(mvc);
        anonymous.get("/admin/login");

        assertThat(largeImport(anonymous, body)).hasStatus(413);

        var admin = new Visitor(mvc);
        admin.get("/admin/login");
        assertThat(admin.post("/admin/login", "username", "admin", "password", "Admin-Test-Pa55!")
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/admin");
        admin.get("/admin/tools");
        assertThat(largeImport(admin, body).getResponse().getStatus())
                .as("the import's own answer, not the size limit")
                .isNotEqualTo(413);
    }

    @Test
    void theRefusalIsThePortalsOwnPage() {
        var result = mvc.get()
                .uri("/error")
                .accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/login")
                .exchange();

        assertThat(result).hasStatus(413);
        assertThat(Visitor.body(result))
                .contains("class=\"portal-header\"")
                .contains("The file is too large")
                .doesNotContain("Apache Tomcat", "??");
    }

    private MvcTestResult largeImport(Visitor visitor, byte[] body) {
        return visitor.postBody("/admin/tools/imports", "multipart/form-data; boundary=" + BOUNDARY, body);
    }

    /** A multipart body of one file field of about {@code size}. */
    static byte[] multipartBody(String field, DataSize size) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field
                + "\"; filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        byte[] filler = new byte[(int) size.toBytes()];
        Arrays.fill(filler, (byte) 'x');
        byte[] body = new byte[head.length() + filler.length + tail.length()];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, body, 0, head.length());
        System.arraycopy(filler, 0, body, head.length(), filler.length);
        System.arraycopy(
                tail.getBytes(StandardCharsets.US_ASCII), 0, body, head.length() + filler.length, tail.length());
        return body;
    }
}
