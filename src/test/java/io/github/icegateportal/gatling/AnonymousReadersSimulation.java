package io.github.icegateportal.gatling;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Anonymous readers: the home page with its style sheets, the guides, the first screens of both registration routes
 * and the login page, as a person reads them. No request may fail or start an HTTP session; static resources must come
 * with a long Cache-Control max-age.
 */
public class AnonymousReadersSimulation extends Simulation {

    static final List<String> GUIDES = List.of(
            "registration-advisory",
            "simplified-registration",
            "iec-registration-with-dsc",
            "prerequisites",
            "common-problems",
            "about-iec");

    /**
     * Response-time limits (ms) that fail the run: about twice what two runs on the shared 2-core build machine
     * measured (docs/performance.md), so neighbours do not fail it but a real slowdown does.
     */
    static final int P95_LIMIT = 1_000;

    static final int P99_LIMIT = 2_000;

    HttpProtocolBuilder protocol = http.baseUrl(LoadRun.baseUrl)
            .localAddresses(LoadRun.clientAddresses())
            .acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8")
            .acceptLanguageHeader("en-IN,en;q=0.9")
            .userAgentHeader("Gatling (ICEGATE portal load test)")
            .check(Checks.noSession());

    ScenarioBuilder readers = scenario("anonymous readers")
            .feed(listFeeder(GUIDES.stream()
                            .map(slug -> Map.<String, Object>of("guide", slug))
                            .toList())
                    .random())
            .exec(http("home")
                    .get("/")
                    .check(status().is(200))
                    .check(css("link[rel=stylesheet]", "href").findAll().saveAs("styles")))
            .foreach("#{styles}", "style")
            .on(http("static resource").get("#{style}").check(status().is(200), Checks.cachedForADayOrMore()))
            .pause(Duration.ofMillis(200), Duration.ofMillis(800))
            .exec(http("guides").get("/guidelines").check(status().is(200)))
            .pause(Duration.ofMillis(200), Duration.ofMillis(800))
            .exec(http("guide").get("/guidelines/#{guide}").check(status().is(200)))
            .pause(Duration.ofMillis(200), Duration.ofMillis(800))
            .exec(http("registration first screen")
                    .get("/registration/simplified/temporary-password")
                    .check(status().is(200), Checks.csrf()))
            .pause(Duration.ofMillis(200), Duration.ofMillis(800))
            .exec(http("registration first screen")
                    .get("/registration/simplified")
                    .check(status().is(200), Checks.csrf()))
            .pause(Duration.ofMillis(200), Duration.ofMillis(800))
            .exec(http("registration first screen").get("/registration/iec").check(status().is(200)))
            .pause(Duration.ofMillis(200), Duration.ofMillis(800))
            .exec(http("login page").get("/login").check(status().is(200), Checks.csrf()));

    {
        setUp(readers.injectOpen(
                        constantUsersPerSec(LoadRun.readersPerSecond()).during(Duration.ofSeconds(LoadRun.seconds()))))
                .protocols(protocol)
                .assertions(
                        global().failedRequests().count().is(0L),
                        global().responseTime().percentile(95).lt(P95_LIMIT),
                        global().responseTime().percentile(99).lt(P99_LIMIT),
                        details("static resource").responseTime().percentile(95).lt(500));
    }
}
