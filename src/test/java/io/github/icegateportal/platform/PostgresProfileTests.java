package io.github.icegateportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.ForkedPortal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal as it runs for real: the {@code postgres} profile (demo off) against CI's PostgreSQL, in a JVM of its
 * own, in a schema of its own. It comes up healthy, has no demo address, and an admin's journey through the JSON API
 * completes: a token, the queue, a decision, the status by reference number.
 */
@EnabledIfEnvironmentVariable(named = "PORTAL_TEST_POSTGRES_URL", matches = ".+")
class PostgresProfileTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_PASSWORD = "Profile-Test-Pa55!";

    @TempDir
    Path dir;

    String schema;

    @BeforeEach
    void freshSchema() throws SQLException {
        schema =
                "portal_profile_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
        execute("CREATE SCHEMA " + schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void thePostgresProfileStartsHealthyWithoutTheDemoAndAnAdminsApiJourneyCompletes() throws Exception {
        String url = System.getenv("PORTAL_TEST_POSTGRES_URL");
        String database = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try (var portal = ForkedPortal.startWith(
                database,
                dir.resolve("portal.log"),
                List.of(
                        "--spring.profiles.active=postgres",
                        "--spring.datasource.username=" + user(),
                        "--spring.datasource.password=",
                        "--portal.admin.initial-password=" + ADMIN_PASSWORD))) {
            var http = HttpClient.newHttpClient();
            assertThat(get(http, portal.base + "/actuator/health").body()).contains("\"UP\"");
            assertThat(get(http, portal.base + "/demo/outbox").statusCode()).isEqualTo(404);

            String reference = "PGPF-"
                    + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
                            .toUpperCase()
                            .substring(0, 4) + "-TEST";
            submittedRegistration(reference);

            var token = post(
                    http,
                    portal.base + "/api/v1/admin/tokens",
                    null,
                    Map.of("username", "admin", "password", ADMIN_PASSWORD));
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            String bearer =
                    JSON.readValue(token.body(), Map.class).get("accessToken").toString();

            var queue = get(http, portal.base + "/api/v1/admin/registrations?status=SUBMITTED", bearer);
            assertThat(queue.body()).contains(reference);
            var approved = post(
                    http,
                    portal.base + "/api/v1/admin/registrations/" + reference + "/approve",
                    bearer,
                    Map.of("version", 0, "confirmed", true));
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
            assertThat(approved.body()).contains("\"APPROVED\"");
            assertThat(get(http, portal.base + "/api/v1/registrations/iec/status/" + reference, null)
                            .body())
                    .contains("\"APPROVED\"");
        }
    }

    /** A DSC registration waiting for a decision, written as the registration module keeps it. */
    private void submittedRegistration(String reference) throws SQLException {
        String iec = "PGPCF" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)) + "Q";
        execute("INSERT INTO " + schema + ".registration (id, version, reference_number, route, status, iec, pan,"
                + " firm_name, email, mobile, icegate_id, password_hash, upgrade, created_at, updated_at, submitted_at)"
                + " VALUES ('" + java.util.UUID.randomUUID() + "', 0, '" + reference + "', 'DSC', 'SUBMITTED', '" + iec
                + "', '" + iec + "', 'Profile Test Company', 'profile@example.in', '9876512345', NULL, '{noop}unused',"
                + " false, now(), now(), now())");
    }

    private static HttpResponse<String> get(HttpClient http, String uri) throws Exception {
        return get(http, uri, null);
    }

    private static HttpResponse<String> get(HttpClient http, String uri, String bearer) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(uri));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, String uri, String bearer, Map<String, ?> body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String user() {
        return System.getenv().getOrDefault("PORTAL_TEST_POSTGRES_USER", "postgres");
    }

    private static void execute(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(System.getenv("PORTAL_TEST_POSTGRES_URL"), user(), "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
