package io.github.icegateportal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same Flyway migrations, demo data included, on PostgreSQL, and Hibernate's validation of every entity
 * against the schema they create. Runs when PORTAL_TEST_POSTGRES_URL is set (.ci/run sets it); each run uses
 * a fresh schema of its own so that runs never see each other's data.
 */
@SpringBootTest
@EnabledIfEnvironmentVariable(named = "PORTAL_TEST_POSTGRES_URL", matches = ".+")
class PostgresMigrationTests {

    static final String SCHEMA =
            "portal_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws SQLException {
        var url = System.getenv("PORTAL_TEST_POSTGRES_URL");
        var user = System.getenv().getOrDefault("PORTAL_TEST_POSTGRES_USER", "postgres");
        try (var connection = DriverManager.getConnection(url, user, "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + SCHEMA);
        }
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> "");
        registry.add("portal.demo.enabled", () -> "true");
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        var url = System.getenv("PORTAL_TEST_POSTGRES_URL");
        var user = System.getenv().getOrDefault("PORTAL_TEST_POSTGRES_USER", "postgres");
        try (var connection = DriverManager.getConnection(url, user, "");
                var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migrationsAndDemoDataApplyOnPostgresql() {
        var failed = jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE NOT success", Long.class);
        var applied = jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Long.class);
        assertThat(failed).isZero();
        assertThat(applied).isPositive();
        assertThat(jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo(SCHEMA);
    }

    @Test
    void theAuditLogIsAppendOnlyOnPostgresql() {
        jdbc.update("INSERT INTO audit_entry (occurred_at, actor, subject, action, details) "
                + "VALUES (now(), 'pg-audit-test', 's', 'A', 'd')");

        for (String change : new String[] {
            "UPDATE audit_entry SET details = 'rewritten' WHERE actor = 'pg-audit-test'",
            "DELETE FROM audit_entry WHERE actor = 'pg-audit-test'",
            "DELETE FROM audit_entry WHERE actor = 'nobody at all'",
            "TRUNCATE audit_entry"
        }) {
            assertThatThrownBy(() -> jdbc.update(change))
                    .as(change)
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .rootCause()
                    .hasMessageContaining("audit_entry is append-only: " + change.split(" ")[0] + " refused");
        }
        assertThat(jdbc.queryForList("SELECT details FROM audit_entry WHERE actor = 'pg-audit-test'", String.class))
                .containsExactly("d");
    }
}
