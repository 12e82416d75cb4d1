package io.github.icegateportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the JSON API that knows only the OpenAPI document checked in at {@code docs/api/openapi.json} (which
 * {@code OpenApiDocumentTests} holds equal to the generated one): each call names an operation by its
 * {@code operationId}, and the method and path come from the document. A journey written with it fails when the
 * document stops describing what the journey needs.
 */
public final class OpenApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Operation> OPERATIONS = operations();

    private record Operation(HttpMethod method, String path) {}

    private final MockMvcTester mvc;
    private final String bearer;
    private final String remoteAddress;

    public OpenApiClient(MockMvcTester mvc) {
        this(mvc, null, "127.0.0.1");
    }

    private OpenApiClient(MockMvcTester mvc, String bearer, String remoteAddress) {
        this.mvc = mvc;
        this.bearer = bearer;
        this.remoteAddress = remoteAddress;
    }

    /** The same client sending {@code token} as its bearer token. */
    public OpenApiClient withToken(String token) {
        return new OpenApiClient(mvc, token, remoteAddress);
    }

    /** The same client calling from {@code address} (rate limits count per address). */
    public OpenApiClient from(String address) {
        return new OpenApiClient(mvc, bearer, address);
    }

    /**
     * Calls an operation with a JSON body (or none when {@code body} is null).
     *
     * @param pathValues the values of the path's variables, in their order in the path
     */
    public MvcTestResult call(String operationId, Map<String, ?> body, Object... pathValues) {
        Operation operation = operation(operationId);
        var request = mvc.method(operation.method())
                .uri(operation.path(), pathValues)
                .with(r -> {
                    r.setRemoteAddr(remoteAddress);
                    return r;
                });
        if (bearer != null) {
            request = request.header("Authorization", "Bearer " + bearer);
        }
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        return request.exchange();
    }

    /** Calls an operation with query parameters and no body. */
    public MvcTestResult query(String operationId, Map<String, String> parameters, Object... pathValues) {
        Operation operation = operation(operationId);
        var request = mvc.method(operation.method()).uri(operation.path(), pathValues);
        for (var parameter : parameters.entrySet()) {
            request = request.param(parameter.getKey(), parameter.getValue());
        }
        if (bearer != null) {
            request = request.header("Authorization", "Bearer " + bearer);
        }
        return request.exchange();
    }

    /** Calls a multipart operation with one file and form fields. */
    public MvcTestResult upload(
            String operationId, MockMultipartFile file, Map<String, String> fields, Object... pathValues) {
        Operation operation = operation(operationId);
        var request = mvc.post().uri(operation.path(), pathValues).multipart().file(file);
        for (var field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        if (bearer != null) {
            request = request.header("Authorization", "Bearer " + bearer);
        }
        return request.exchange();
    }

    /** An answer's JSON body as a map. */
    public static Map<?, ?> json(MvcTestResult result) {
        return JSON.readValue(Visitor.body(result), Map.class);
    }

    private static Operation operation(String operationId) {
        Operation operation = OPERATIONS.get(operationId);
        if (operation == null) {
            throw new AssertionError("docs/api/openapi.json has no operation " + operationId);
        }
        return operation;
    }

    private static Map<String, Operation> operations() {
        try {
            JsonNode document = JSON.readTree(Files.readString(Path.of("docs/api/openapi.json")));
            Map<String, Operation> operations = new LinkedHashMap<>();
            for (var path : document.get("paths").properties()) {
                for (var method : path.getValue().properties()) {
                    JsonNode id = method.getValue().get("operationId");
                    if (id != null) {
                        operations.put(
                                id.asString(),
                                new Operation(HttpMethod.valueOf(method.getKey().toUpperCase()), path.getKey()));
                    }
                }
            }
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
