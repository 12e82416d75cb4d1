package io.github.icegateportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.PortalApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal in a JVM of its own, from the test class path, on a random port: for tests of what a crash, a restart or
 * a second instance does, which one application context in the test JVM cannot show.
 */
public final class ForkedPortal implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    private static final Duration START_UP = Duration.ofSeconds(120);

    private final Process process;

    /** Where its log goes. */
    public final Path log;

    /** {@code http://127.0.0.1:<port>} once it is up. */
    public String base;

    private ForkedPortal(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the portal on the database at {@code url} with the demo on and the captcha off, its log in {@code log};
     * waits until it is up.
     */
    public static ForkedPortal start(String url, Path log, String... moreArguments) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--portal.demo.enabled=true"));
        arguments.addAll(List.of(moreArguments));
        return startWith(url, log, arguments);
    }

    /**
     * Starts the portal with the captcha off and the settings given (the demo as its profile says, unless given), its
     * log in {@code log}; waits until it is up.
     */
    public static ForkedPortal startWith(String url, Path log, List<String> moreArguments) throws Exception {
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
                "--logging.level.org.springframework.boot.tomcat=INFO"));
        command.addAll(moreArguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ForkedPortal portal = new ForkedPortal(process, log);
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

    /** {@code SIGKILL}: what a crash does. */
    public void kill() throws InterruptedException {
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
