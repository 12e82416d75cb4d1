package io.github.icegateportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.PortalApplication;
import io.github.icegateportal.support.ForkedPortal;
import io.github.icegateportal.support.HttpPerson;
import io.github.icegateportal.support.RouteAOverHttp;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No confirmed step is lost when the JVM dies: the portal runs in a JVM of its own on the default H2 file store
 * (the default {@code spring.datasource.url}, with its file in a temporary folder), finishes a simplified
 * registration over HTTP, is killed ({@code SIGKILL}) as soon as the done page is shown, and is started again on
 * the same file, where the new account logs in.
 */
class CrashRecoveryTests {

    private static final String ICEGATE_ID = "Crash_Survivor";
    private static final String PASSWORD = "Organic#Farm42";

    @TempDir
    Path dir;

    @Test
    void aSimplifiedRegistrationWhoseDonePageWasShownSurvivesAKillOfTheJvmAndAStopLogsNoError() throws Exception {
        String url = defaultUrlWithItsFileIn(dir);

        try (ForkedPortal portal = ForkedPortal.start(url, dir.resolve("first.log"))) {
            String done = RouteAOverHttp.finish(
                    new HttpPerson(portal.base), RouteAOverHttp.ANITA_JOSHI, ICEGATE_ID, PASSWORD, portal.base);
            assertThat(done).contains("Your ICEGATE ID is " + ICEGATE_ID);
            portal.kill();
        }

        try (ForkedPortal portal = ForkedPortal.start(url, dir.resolve("second.log"))) {
            HttpPerson person = new HttpPerson(portal.base);
            person.get("/login");
            HttpResponse<String> login = person.post("/login", "username", ICEGATE_ID, "password", PASSWORD);
            assertThat(login.headers().firstValue("Location"))
                    .as("login after the restart (log: %s)", portal.log)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/dashboard"));
        }
        assertThat(Files.readAllLines(dir.resolve("second.log")))
                .as("what the second start logged up to its graceful stop")
                .noneMatch(line -> line.contains(" ERROR "));
    }

    /** The default URL of application.properties, with {@code ./data} replaced by {@code dir}. */
    private static String defaultUrlWithItsFileIn(Path dir) throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = PortalApplication.class.getResourceAsStream("/application.properties")) {
            defaults.load(in);
        }
        String defaultUrl = defaults.getProperty("spring.datasource.url");
        assertThat(defaultUrl).startsWith("jdbc:h2:file:./data/portal;");
        return defaultUrl.replace(
                "./data/portal", dir.resolve("portal").toAbsolutePath().toString());
    }
}
