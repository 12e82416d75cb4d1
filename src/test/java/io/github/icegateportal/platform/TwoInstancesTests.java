package io.github.icegateportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.ForkedPortal;
import io.github.icegateportal.support.HttpPerson;
import io.github.icegateportal.support.RouteAOverHttp;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the portal on one PostgreSQL database, as behind a load balancer that sends each request wherever
 * it likes: a Route A registration whose every step goes to the other instance than the one before finishes, the
 * account logs in on one and its session is the other's too (HTTP sessions live in the database). Each instance is
 * a JVM of its own on a fresh schema; runs when PORTAL_TEST_POSTGRES_URL is set (.ci/run sets it).
 */
@EnabledIfEnvironmentVariable(named = "PORTAL_TEST_POSTGRES_URL", matches = ".+")
class TwoInstancesTests {

    static final String ICEGATE_ID = "Two_Instances";
    static final String PASSWORD = "Organic#Farm42";

    @TempDir
    Path dir;

    String schema;

    @BeforeEach
    void freshSchema() throws SQLException {
        schema = "portal_two_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
        execute("CREATE SCHEMA " + schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void aRegistrationAlternatingBetweenTwoInstancesFinishesAndItsLoginHoldsOnBoth() throws Exception {
        String url = System.getenv("PORTAL_TEST_POSTGRES_URL");
        String database = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        String user = "--spring.datasource.username=" + user();

        try (var first = ForkedPortal.start(database, dir.resolve("first.log"), user, "--spring.datasource.password=");
                var second = ForkedPortal.start(
                        database, dir.resolve("second.log"), user, "--spring.datasource.password=")) {
            var person = new HttpPerson(first.base);

            String done = RouteAOverHttp.finish(
                    person, RouteAOverHttp.ANITA_JOSHI, ICEGATE_ID, PASSWORD, first.base, second.base);
            assertThat(done).contains("Your ICEGATE ID is " + ICEGATE_ID);

            person.at(second.base).get("/login");
            HttpResponse<String> login = person.post("/login", "username", ICEGATE_ID, "password", PASSWORD);
            assertThat(login.headers().firstValue("Location"))
                    .as("login on the second instance (log: %s)", second.log)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/dashboard"));
            HttpResponse<String> dashboard = person.at(first.base).get("/dashboard");
            assertThat(dashboard.statusCode())
                    .as("the dashboard on the first instance")
                    .isEqualTo(200);
            assertThat(dashboard.body()).contains(ICEGATE_ID);
        }
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
