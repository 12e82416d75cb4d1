package io.github.icegateportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.TestClockConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What Tomcat itself decodes (the query string's bytes), on a real server: MockMvc never decodes them. The same
 * annotations as the browser tests, so that CI runs both on one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
        "GET, /?lang=%FF",
        "OPTIONS, /?lang=%FF",
        "GET, /registration/status?lang=%C3%28",
        "OPTIONS, /login?lang=%E2%82"
    })
    void aQueryThatIsNotUtf8GetsThePortalsBadRequestPageAndLogsNoError(
            String method, String target, CapturedOutput output) throws Exception {
        int before = output.getAll().length();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
                                .header("Accept", "text/html")
                                .method(method, HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The request could not be understood");
        assertThat(output.getAll().substring(before).lines().filter(line -> line.contains("ERROR")))
                .as("ERROR lines logged for one bad request")
                .isEmpty();
    }
}
