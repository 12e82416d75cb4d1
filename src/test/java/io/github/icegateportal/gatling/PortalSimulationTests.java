package io.github.icegateportal.gatling;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatling.app.Gatling$;
import io.gatling.commons.util.GatlingVersion;
import io.github.icegateportal.account.Accounts;
import io.github.icegateportal.account.NewAccount;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.security.BoundedPasswordEncoder;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.TestClockConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal's traffic under Gatling, in one command: {@code ./mvnw -o test -Pload -Dtest=PortalSimulationTests}.
 * It starts the portal on a random port on its own in-memory H2 database with the real (OWASP) Argon2id parameters,
 * prepares the people, and runs three simulations one after the other: anonymous readers, Route A journeys, logins.
 * Each run fails on its Gatling assertions; reports land in {@code target/gatling/}. Captcha is off (test settings);
 * no rate limit is raised: every virtual user comes from its own loopback address (127.1.x.y). Results and how to
 * read them: docs/performance.md.
 */
@Tag("load")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:gatling;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "portal.password.test-only-cheap-hashing=false",
            "spring.thymeleaf.cache=true"
        })
@Import(TestClockConfiguration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalSimulationTests {

    static final Path RESULTS = Path.of("target", "gatling");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    Accounts accounts;

    @Autowired
    BoundedPasswordEncoder passwordEncoder;

    @Test
    @Order(1)
    void anonymousReadersGetFastPagesAndLeaveNoSession() throws Exception {
        warmUp();

        int code = run(AnonymousReadersSimulation.class);

        assertThat(code).as("Gatling assertions (see the report)").isZero();
        assertThat(sessionRows()).as("rows in spring_session").isZero();
    }

    @Test
    @Order(2)
    void routeAJourneysFinishEndToEndWithoutASession() throws Exception {
        int people = (int) Math.ceil(LoadRun.journeysPerSecond() * LoadRun.seconds()) + 5;
        List<Map<String, Object>> journeys = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            journeys.add(holderOfItsOwn(i));
        }
        LoadRun.journeys = journeys;

        int code = run(RouteAJourneysSimulation.class);

        assertThat(code).as("Gatling assertions (see the report)").isZero();
        long finished = journeys.stream()
                .filter(person ->
                        accounts.findByIec(Iec.of((String) person.get("iec"))).isPresent())
                .count();
        System.out.printf("ROUTE A: %d of %d prepared holders finished%n", finished, people);
        assertThat(finished).isGreaterThanOrEqualTo(people - 5);
        assertThat(sessionRows()).as("rows in spring_session").isZero();
    }

    @Test
    @Order(3)
    void loginsAreBoundByThePasswordHash() throws Exception {
        List<Map<String, Object>> prepared = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            var id = IcegateId.of("GatlingLogin_" + i);
            accounts.openSimplified(new NewAccount(
                    id,
                    Iec.of("80000%05d".formatted(i)),
                    null,
                    "Gatling Login Traders " + i,
                    EmailAddress.of("gatling.login" + i + "@example.in"),
                    MobileNumber.of("61000%05d".formatted(i)),
                    LoadRun.PASSWORD,
                    "127.0.0.1"));
            prepared.add(Map.of("icegateId", id.value()));
        }
        LoadRun.accounts = prepared;
        int sessionsBefore = sessionRows();

        long start = System.nanoTime();
        int code = run(LoginsSimulation.class);
        double seconds = (System.nanoTime() - start) / 1e9;

        int logins = sessionRows() - sessionsBefore;
        double hashesPerSecond = hashesPerSecond();
        System.out.printf(
                "%nLOGINS (%d at once, %d cores): %d logins in %.0f s (with Gatling's start-up), a session row each;"
                        + " the password hash alone, %d at once: %.1f per second (the 'login' row above has the"
                        + " logins per second)%n%n",
                LoadRun.concurrentLogins(),
                Runtime.getRuntime().availableProcessors(),
                logins,
                seconds,
                LoadRun.concurrentLogins(),
                hashesPerSecond);
        assertThat(code).as("Gatling assertions (see the report)").isZero();
        assertThat(logins).isPositive();
    }

    /** A fresh IEC (equal to its PAN, proprietor) and GSTIN with the same contacts at DGFT and GSTN. */
    private Map<String, Object> holderOfItsOwn(int i) {
        int rest = i / 10_000;
        String iec =
                "GT" + (char) ('A' + rest / 26) + "P" + (char) ('A' + rest % 26) + "%04d".formatted(i % 10_000) + "K";
        String first14 = "29" + iec + "1Z";
        String gstin = first14 + Gstin.checkCharacter(first14);
        String email = "gatling.route-a" + i + "@example.in";
        String mobile = "62000%05d".formatted(i);
        Date today = Date.valueOf(clock.instant().atZone(clock.getZone()).toLocalDate());
        jdbc.update(
                "INSERT INTO dgft_iec (iec, pan, firm_name, email, mobile, address, status, last_updated)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)",
                iec,
                iec,
                "Gatling Spices " + i,
                email,
                mobile,
                i + " Load Road, Bengaluru",
                today);
        jdbc.update(
                "INSERT INTO gstn_registration (gstin, pan, legal_name, email, mobile, status, last_updated)"
                        + " VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?)",
                gstin,
                iec,
                "Gatling Spices " + i,
                email,
                mobile,
                today);
        return Map.of("iec", iec, "gstin", gstin, "email", email, "mobile", mobile, "icegateId", "Gatling_A" + i);
    }

    /** Runs one simulation and prints its statistics table; returns Gatling's exit code (0: assertions held). */
    private int run(Class<?> simulation) throws Exception {
        noVersionCheck();
        LoadRun.baseUrl = "http://127.0.0.1:" + port;
        Files.createDirectories(RESULTS);
        int code = Gatling$.MODULE$.fromArgs(new String[] {
            "-s", simulation.getName(), "-rf", RESULTS.toAbsolutePath().toString(), "-rd", "PortalSimulationTests"
        });
        System.out.printf(
                "%n%s (%d cores):%n%s%n",
                simulation.getSimpleName(),
                Runtime.getRuntime().availableProcessors(),
                GatlingReport.table(GatlingReport.newest(RESULTS, simulation)));
        return code;
    }

    /** Every page of the readers' walk 20 times first, so the numbers are of a warm portal (JIT, template cache). */
    private void warmUp() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<String> paths = new ArrayList<>(List.of(
                "/",
                "/guidelines",
                "/registration/simplified/temporary-password",
                "/registration/simplified",
                "/registration/iec",
                "/login"));
        AnonymousReadersSimulation.GUIDES.forEach(slug -> paths.add("/guidelines/" + slug));
        for (int i = 0; i < 20; i++) {
            for (String path : paths) {
                var response = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                assertThat(response.statusCode()).as(path).isEqualTo(200);
            }
        }
    }

    /**
     * Gatling asks Maven Central for its latest version at most once a day and keeps the answer in the Java
     * preferences; it is told it has just asked, so a load run sends nothing off the machine.
     */
    private static void noVersionCheck() throws Exception {
        GatlingVersion version = GatlingVersion.ThisVersion();
        Preferences preferences = Preferences.userRoot().node("/io/gatling/latestVersion");
        preferences.putLong("lastCheckTimestamp", System.currentTimeMillis());
        preferences.putBoolean("lastCheckSuccess", true);
        preferences.put("latestReleaseNumber", version.fullVersion());
        preferences.put("latestReleaseDate", version.releaseDate().format(DateTimeFormatter.ISO_DATE_TIME));
        preferences.flush();
    }

    private int sessionRows() {
        return jdbc.queryForObject("SELECT count(*) FROM spring_session", Integer.class);
    }

    /** Password checks per second with as many threads as people logging in, as LoginThroughputTests measures. */
    private double hashesPerSecond() throws Exception {
        String hash = passwordEncoder.encode(LoadRun.PASSWORD);
        int threads = LoadRun.concurrentLogins();
        int count = 60;
        var pool = Executors.newFixedThreadPool(threads);
        try {
            Callable<Boolean> check = () -> passwordEncoder.matches(LoadRun.PASSWORD, hash);
            long start = System.nanoTime();
            List<Future<Boolean>> results =
                    Stream.generate(() -> pool.submit(check)).limit(count).toList();
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
