package io.github.icegateportal.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API's answer to hostile requests, found from Spring MVC's own mappings (a new endpoint is swept without
 * touching this test): every field of a body given empty, huge, Devanagari and emoji with control characters, markup,
 * wrong types; then a body that is not JSON, no body, and a form instead of JSON. Each answer is a 4xx problem
 * document (or the 202 of a step that answers the same whatever it is sent), never a 5xx, never a stack trace or an exception name, never the markup echoed.
 */
@PortalTest
class ApiHostileInputTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SCRIPT = "<script>alert('pwned')</script>";
    private static final List<Object> HOSTILE = List.of(
            "",
            "x".repeat(10_000),
            "भारत निर्यात 🚢📦 \u202Egnp.exe\u202C \u200F\u0000end",
            SCRIPT,
            -1,
            9e99,
            true,
            List.of("a"),
            Map.of("a", "b"));
    private static final Pattern TRACE =
            Pattern.compile("(?:\\bat (?:java|org|io|jdk|tools)\\.[\\w.$]+\\(|Caused by:|\\b\\w+Exception\\b)");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(String path, List<String> fields) {}

    @Test
    void everyApiBodyAnswersHostileValuesWithAProblem() {
        List<String> failures = new ArrayList<>();
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).isNotEmpty();
        for (Endpoint endpoint : endpoints) {
            for (Object value : HOSTILE) {
                Map<String, Object> body = new LinkedHashMap<>();
                endpoint.fields().forEach(field -> body.put(field, value));
                check(
                        endpoint.path() + " with " + describe(value),
                        post(endpoint.path(), JSON.writeValueAsString(body)),
                        failures);
            }
            check(endpoint.path() + " not JSON", post(endpoint.path(), "{not json"), failures);
            check(endpoint.path() + " empty", post(endpoint.path(), ""), failures);
            check(
                    endpoint.path() + " as a form",
                    mvc.post()
                            .uri(endpoint.path())
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .content("username=" + SCRIPT)
                            .exchange(),
                    failures);
        }
        assertThat(failures).isEmpty();
    }

    private MvcTestResult post(String path, String body) {
        return mvc.post()
                .uri(path)
                .with(request -> {
                    request.setRemoteAddr("10.78.0.1");
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private static void check(String what, MvcTestResult result, List<String> failures) {
        int status = result.getResponse().getStatus();
        String body = Visitor.body(result);
        String type = result.getResponse().getContentType();
        if (status == 202) {
            // an answer that is the same whatever was sent (a continue by any reference tells nothing about it)
            if (body.contains(SCRIPT) || TRACE.matcher(body).find()) {
                failures.add(what + ": 202 echoing " + body);
            }
        } else if (status >= 500 || status < 400) {
            failures.add(what + ": status " + status);
        } else if (type == null || !type.startsWith("application/problem+json")) {
            failures.add(what + ": " + status + " as " + type);
        } else if (TRACE.matcher(body).find()) {
            failures.add(what + ": a trace in " + body);
        } else if (body.contains(SCRIPT)) {
            failures.add(what + ": markup echoed");
        }
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().isAnnotationPresent(PortalApi.class)
                    || !info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                return;
            }
            for (var parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)
                        && parameter.getParameterType().isRecord()) {
                    List<String> fields = new ArrayList<>();
                    for (var component : parameter.getParameterType().getRecordComponents()) {
                        fields.add(component.getName());
                    }
                    info.getPatternValues()
                            .forEach(pattern -> endpoints.add(new Endpoint(
                                    pattern.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000"), fields)));
                }
            }
        });
        return endpoints;
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.length() + " chars" : "'" + text + "'";
    }
}
