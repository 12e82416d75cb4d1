package io.github.icegateportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.shared.security.BoundedPasswordEncoder;
import io.github.icegateportal.support.TestClockConfiguration;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * How many logins per second the portal serves over HTTP with real (OWASP) Argon2id parameters, next to how many
 * password hashes per second the same machine computes alone, in one run. Run with
 * {@code ./mvnw test -Pload -Dtest=LoginThroughputTests}. Its own context: real hashing and no rate limit.
 */
@Tag("load")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.password.test-only-cheap-hashing=false", "portal.login.attempts-per-minute=100000000"})
@Import(TestClockConfiguration.class)
class LoginThroughputTests {

    static final int THREADS = 4;
    static final int LOGINS = 120;

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    BoundedPasswordEncoder passwordEncoder;

    @Test
    void loginsPerSecondAreBoundByThePasswordHash() throws Exception {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Load"));
        String username = account.icegateId().value();
        String hash = passwordEncoder.encode(TestAccounts.PASSWORD);
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (int i = 0; i < 8; i++) {
            assertThat(login(client, username)).isTrue();
        }

        long start = System.nanoTime();
        List<Boolean> results = runConcurrently(() -> login(client, username));
        double loginSeconds = (System.nanoTime() - start) / 1e9;

        start = System.nanoTime();
        List<Boolean> hashes = runConcurrently(() -> passwordEncoder.matches(TestAccounts.PASSWORD, hash));
        double hashSeconds = (System.nanoTime() - start) / 1e9;

        double loginsPerSecond = LOGINS / loginSeconds;
        double hashesPerSecond = LOGINS / hashSeconds;
        System.out.printf(
                "%nLOGIN THROUGHPUT (%d logins, %d threads, %d cores, Argon2id m=19456 KiB t=2 p=1):%n"
                        + "  HTTP logins (GET /login + POST /login): %.1f per second (%.1f ms each)%n"
                        + "  password hash alone:                    %.1f per second (%.1f ms each)%n"
                        + "  logins reach %.0f%% of the hash-only rate%n%n",
                LOGINS,
                THREADS,
                Runtime.getRuntime().availableProcessors(),
                loginsPerSecond,
                1000 * loginSeconds * THREADS / LOGINS,
                hashesPerSecond,
                1000 * hashSeconds * THREADS / LOGINS,
                100 * loginsPerSecond / hashesPerSecond);

        assertThat(results).containsOnly(true);
        assertThat(hashes).containsOnly(true);
        assertThat(loginsPerSecond).isPositive().isLessThanOrEqualTo(hashesPerSecond * 1.2);
    }

    private <T> List<T> runConcurrently(Callable<T> task) throws Exception {
        var pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < LOGINS; i++) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean login(HttpClient client, String username) throws Exception {
        var page = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var matcher = CSRF_FIELD.matcher(page.body());
        assertThat(matcher.find()).isTrue();
        String cookies = String.join(
                "; ",
                page.headers().allValues("Set-Cookie").stream()
                        .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                        .toList());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
        var response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookies)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/dashboard");
    }
}
