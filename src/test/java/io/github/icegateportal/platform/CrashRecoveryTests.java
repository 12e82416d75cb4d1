package io.github.icegateportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.PortalApplication;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No confirmed step is lost when the JVM dies: the portal runs in a JVM of its own on the default H2 file store
 * (the default {@code spring.datasource.url}, with its file in a temporary folder), finishes a simplified
 * registration over HTTP, is killed ({@code SIGKILL}) as soon as the done page is shown, and is started again on
 * the same file, where the new account logs in.
 */
class CrashRecoveryTests {

    private static final Duration START_UP = Duration.ofSeconds(120);

    private static final String IEC = "EFGPJ4821M";
    private static final String GSTIN = "27EFGPJ4821M1Z4";
    private static final String EMAIL = "anita.joshi@example.in";
    private static final String MOBILE = "9850714462";
    private static final String ICEGATE_ID = "Crash_Survivor";
    private static final String PASSWORD = "Organic#Farm42";

    @TempDir
    Path dir;

    @Test
    void aSimplifiedRegistrationWhoseDonePageWasShownSurvivesAKillOfTheJvmAndAStopLogsNoError() throws Exception {
        String url = defaultUrlWithItsFileIn(dir);

        try (Portal portal = Portal.start(url, dir.resolve("first.log"))) {
            String done = finishSimplifiedRegistration(new Person(portal.base));
            assertThat(done).contains("Your ICEGATE ID is " + ICEGATE_ID);
            portal.kill();
        }

        try (Portal portal = Portal.start(url, dir.resolve("second.log"))) {
            Person person = new Person(portal.base);
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

    /** Route A over HTTP, reading the temporary password and the OTPs from the demo outbox; the done page's text. */
    private static String finishSimplifiedRegistration(Person person) throws Exception {
        person.get("/registration/simplified/temporary-password");
        assertThat(person.post("/registration/simplified/temporary-password", "iec", IEC, "gstin", GSTIN)
                        .statusCode())
                .isEqualTo(302);
        String temporaryPassword = person.latestInOutbox(EMAIL, Pattern.compile("is: (\\S{12})"));

        person.get("/registration/simplified");
        HttpResponse<String> details =
                person.post("/registration/simplified", "iec", IEC, "gstin", GSTIN, "password", temporaryPassword);
        String flow = details.headers()
                .firstValue("Location")
                .map(location -> location.replaceFirst("^https?://[^/]+", "").replaceFirst("icegate-id$", ""))
                .orElseThrow(() -> new AssertionError("details not accepted: " + details.body()));

        person.get(flow + "icegate-id");
        HttpResponse<String> chosen = person.post(
                flow + "icegate-id",
                "icegateId",
                ICEGATE_ID,
                "email",
                EMAIL,
                "mobile",
                MOBILE,
                "newPassword",
                PASSWORD,
                "confirmPassword",
                PASSWORD);
        assertThat(chosen.statusCode()).as("ID step: %s", chosen.body()).isEqualTo(302);

        Pattern otp = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");
        String mobileOtp = person.latestInOutbox(MOBILE, otp);
        String emailOtp = person.latestInOutbox(EMAIL, otp);
        person.get(flow + "otp");
        HttpResponse<String> verified = person.post(flow + "otp", "mobileOtp", mobileOtp, "emailOtp", emailOtp);
        assertThat(verified.statusCode()).as("OTP step: %s", verified.body()).isEqualTo(302);

        person.get(flow + "finish");
        HttpResponse<String> finished = person.post(flow + "finish", "confirm", "true");
        assertThat(finished.statusCode()).as("finish: %s", finished.body()).isEqualTo(302);
        String done = person.follow(finished).body();
        return done.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
    }

    /** A portal in a JVM of its own, from the test class path, on a random port. */
    private static final class Portal implements AutoCloseable {

        private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

        final Process process;
        final Path log;
        String base;

        private Portal(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        static Portal start(String url, Path log) throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:off",
                    "-XX:TieredStopAtLevel=1",
                    "-cp",
                    System.getProperty("java.class.path"),
                    PortalApplication.class.getName(),
                    "--server.port=0",
                    "--spring.datasource.url=" + url,
                    "--portal.captcha.enabled=false",
                    "--portal.demo.enabled=true",
                    "--logging.level.org.springframework.boot.tomcat=INFO"));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Portal portal = new Portal(process, log);
            try {
                portal.awaitUp();
            } catch (Throwable ex) {
                portal.kill();
                throw ex;
            }
            return portal;
        }

        /** Waits (bounded) for the port in the log, then for {@code /actuator/health} to answer UP. */
        private void awaitUp() throws Exception {
            Instant deadline = Instant.now().plus(START_UP);
            HttpClient http = HttpClient.newHttpClient();
            while (Instant.now().isBefore(deadline)) {
                if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
                    throw new AssertionError("The portal exited with " + process.exitValue() + ":\n" + tail());
                }
                if (base == null) {
                    Matcher started = STARTED.matcher(Files.readString(log));
                    if (started.find()) {
                        base = "http://127.0.0.1:" + started.group(1);
                    }
                    continue;
                }
                try {
                    HttpResponse<String> health = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
            }
            throw new AssertionError("The portal was not up within " + START_UP + ":\n" + tail());
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("killed").isTrue();
        }

        private String tail() throws IOException {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 4000));
        }

        @Override
        public void close() throws Exception {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    kill();
                }
            }
        }
    }

    /**
     * A browser reduced to what the portal needs: cookies kept, the CSRF token of the last form sent back, redirects
     * followed only when asked.
     */
    private static final class Person {

        private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
        private static final JsonMapper JSON = JsonMapper.builder().build();

        private final HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final String base;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private String csrfToken;

        Person(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        HttpResponse<String> post(String path, String... params) throws Exception {
            StringBuilder form = new StringBuilder("_csrf=").append(encode(csrfToken));
            for (int i = 0; i < params.length; i += 2) {
                form.append('&').append(encode(params[i])).append('=').append(encode(params[i + 1]));
            }
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        }

        HttpResponse<String> follow(HttpResponse<String> redirect) throws Exception {
            String location = redirect.headers().firstValue("Location").orElseThrow();
            return get(location.replaceFirst("^https?://[^/]+", ""));
        }

        /** The first group of {@code pattern} in the newest demo outbox message to {@code recipient}. */
        String latestInOutbox(String recipient, Pattern pattern) throws Exception {
            JsonNode messages = JSON.readTree(get("/demo/outbox.json?limit=1&recipient=" + encode(recipient))
                    .body());
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
}
