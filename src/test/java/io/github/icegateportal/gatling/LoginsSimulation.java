package io.github.icegateportal.gatling;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Logins by ICEGATE ID against accounts made beforehand, by a fixed number of people at once who each start again
 * as soon as they are in (a closed model): the rate they reach is the portal's login throughput, bound by the
 * Argon2id password hash.
 */
public class LoginsSimulation extends Simulation {

    HttpProtocolBuilder protocol = http.baseUrl(LoadRun.baseUrl)
            .localAddresses(LoadRun.clientAddresses())
            .acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8")
            .acceptLanguageHeader("en-IN,en;q=0.9")
            .userAgentHeader("Gatling (ICEGATE portal load test)");

    ScenarioBuilder logins = scenario("logins")
            .feed(listFeeder(LoadRun.accounts).circular())
            .exec(http("login page").get("/login").check(status().is(200), Checks.csrf()))
            .exec(http("login")
                    .post("/login")
                    .formParam("username", "#{icegateId}")
                    .formParam("password", LoadRun.PASSWORD)
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(200), currentLocationRegex("/dashboard$").exists()));

    {
        setUp(logins.injectClosed(constantConcurrentUsers(LoadRun.concurrentLogins())
                        .during(Duration.ofSeconds(LoadRun.seconds()))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
