package io.github.icegateportal.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The API's OpenAPI document, generated from the code, is the one checked in at {@code docs/api/openapi.json}: a change
 * to the API that leaves the copy behind fails here. To take the new document: {@code ./mvnw test
 * -Dtest=OpenApiDocumentTests -Dportal.api.write-document=true}, then review the diff.
 */
@PortalTest
class OpenApiDocumentTests {

    static final Path CHECKED_IN = Path.of("docs/api/openapi.json");

    @Autowired
    MockMvcTester mvc;

    @Test
    void theGeneratedDocumentIsTheCheckedInCopy() throws IOException {
        var result = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(result).hasStatusOk();
        String generated = Visitor.body(result).strip() + "\n";

        if (Boolean.getBoolean("portal.api.write-document")) {
            Files.writeString(CHECKED_IN, generated, StandardCharsets.UTF_8);
        }

        assertThat(generated).contains("\"openapi\" : \"3.1.");
        assertThat(Files.exists(CHECKED_IN)).as(CHECKED_IN + " exists").isTrue();
        assertThat(generated)
                .as("docs/api/openapi.json is behind the code: run ./mvnw test -Dtest=OpenApiDocumentTests"
                        + " -Dportal.api.write-document=true and commit the file")
                .isEqualTo(Files.readString(CHECKED_IN, StandardCharsets.UTF_8));
    }

    @Test
    void theDocumentCoversTheApiOnlyAndSwaggerUiIsServed() {
        String document = Visitor.body(mvc.get().uri("/v3/api-docs").exchange());

        assertThat(document)
                .contains("\"/api/v1/tokens\"")
                .doesNotContain("\"/login\"")
                .doesNotContain("\"/admin");
        assertThat(mvc.get().uri("/swagger-ui/index.html").exchange()).hasStatusOk();
    }
}
