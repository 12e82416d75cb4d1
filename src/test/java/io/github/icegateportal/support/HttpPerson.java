package io.github.icegateportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser reduced to what the portal needs, over real HTTP: cookies kept, the CSRF token of the last form sent back,
 * redirects followed only when asked. For portals in JVMs of their own ({@link ForkedPortal}); MockMvc tests use
 * {@link Visitor}.
 */
public final class HttpPerson {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    public HttpPerson(String base) {
        this.base = base;
    }

    /** The same person, cookies and all, now talking to the portal at {@code base} (another instance). */
    public HttpPerson at(String base) {
        this.base = base;
        return this;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public HttpResponse<String> post(String path, String... params) throws Exception {
        StringBuilder form = new StringBuilder("_csrf=").append(encode(csrfToken));
        for (int i = 0; i < params.length; i += 2) {
            form.append('&').append(encode(params[i])).append('=').append(encode(params[i + 1]));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    public HttpResponse<String> follow(HttpResponse<String> redirect) throws Exception {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return get(location.replaceFirst("^https?://[^/]+", ""));
    }

    /** The first group of {@code pattern} in the newest demo outbox message to {@code recipient}. */
    public String latestInOutbox(String recipient, Pattern pattern) throws Exception {
        JsonNode messages = JSON.readTree(
                get("/demo/outbox.json?limit=1&recipient=" + encode(recipient)).body());
        assertThat(messages.size()).as("messages to %s", recipient).isPositive();
        Matcher matcher = pattern.matcher(messages.get(0).get("body").asString());
        assertThat(matcher.find()).as("%s in %s", pattern, messages.get(0)).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    String.join(
                            "; ",
                            cookies.entrySet().stream()
                                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                                    .toList()));
        }
        HttpResponse<String> response =
                http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        Matcher csrf = CSRF_FIELD.matcher(response.body());
        if (csrf.find()) {
            csrfToken = csrf.group(1);
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
