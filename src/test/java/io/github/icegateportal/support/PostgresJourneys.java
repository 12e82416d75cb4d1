package io.github.icegateportal.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every test application context at PostgreSQL instead of the in-memory H2 database when the system
 * property {@code portal.test.database=postgresql} is set and PORTAL_TEST_POSTGRES_URL names a server: the pom's
 * {@code journeys-on-postgresql} execution runs the browser-free journey tests a second time so. Each test JVM
 * gets a fresh schema of its own, dropped when the JVM ends, so runs never see each other's data.
 */
public class PostgresJourneys implements ContextCustomizerFactory {

    static final String SWITCH = "portal.test.database";

    /** True in the JVM that runs the journeys on PostgreSQL. */
    public static boolean active() {
        return "postgresql".equals(System.getProperty(SWITCH)) && url() != null;
    }

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return active() ? OnPostgresql.INSTANCE : null;
    }

    private static String url() {
        var url = System.getenv("PORTAL_TEST_POSTGRES_URL");
        return url == null || url.isBlank() ? null : url;
    }

    private static String user() {
        return System.getenv().getOrDefault("PORTAL_TEST_POSTGRES_USER", "postgres");
    }

    /** One instance, so that every context it customises still shares the context cache's key. */
    private enum OnPostgresql implements ContextCustomizer {
        INSTANCE;

        private static String schema;

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            var url = url();
            var properties = Map.<String, Object>of(
                    "spring.datasource.url",
                    url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema(),
                    "spring.datasource.username",
                    user(),
                    "spring.datasource.password",
                    "");
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("journeys on PostgreSQL", properties));
        }

        private static synchronized String schema() {
            if (schema == null) {
                schema = "portal_journeys_"
                        + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
                execute("CREATE SCHEMA " + schema);
                var name = schema;
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(() -> execute(
                                // the application contexts close in hooks of their own: never wait on them long
                                "SET lock_timeout = '5s'; DROP SCHEMA IF EXISTS " + name + " CASCADE")));
            }
            return schema;
        }

        private static void execute(String sql) {
            try (var connection = DriverManager.getConnection(url(), user(), "");
                    var statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL for the journey tests: " + sql, e);
            }
        }
    }
}
