package io.github.icegateportal.gatling;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Route A (simplified registration) end to end: temporary password, details, ICEGATE ID, both OTPs, finish. Each
 * virtual user is a holder of its own (a fresh IEC + GSTIN pair that {@link PortalSimulationTests} put into the
 * directory) and reads what was "sent" to it from the demo outbox, as the browser test does. Browsers follow the
 * redirects; every page must be the one the journey expects.
 */
public class RouteAJourneysSimulation extends Simulation {

    static final Pattern TEMPORARY_PASSWORD = Pattern.compile("is: (\\S{12})");

    static final Pattern OTP = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");

    static final String BASE = "/registration/simplified";

    HttpProtocolBuilder protocol = http.baseUrl(LoadRun.baseUrl)
            .localAddresses(LoadRun.clientAddresses())
            .acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8")
            .acceptLanguageHeader("en-IN,en;q=0.9")
            .userAgentHeader("Gatling (ICEGATE portal load test)")
            .check(Checks.noSession());

    ScenarioBuilder journeys = scenario("Route A journeys")
            .feed(listFeeder(LoadRun.journeys).queue())
            .exec(http("A1 temporary password form")
                    .get(BASE + "/temporary-password")
                    .check(status().is(200), Checks.csrf()))
            .exec(http("A1 temporary password sent")
                    .post(BASE + "/temporary-password")
                    .formParam("iec", "#{iec}")
                    .formParam("gstin", "#{gstin}")
                    .formParam("_csrf", "#{csrf}")
                    .check(
                            status().is(200),
                            currentLocationRegex("\\?iec=.*temporaryPasswordSent=true")
                                    .exists()))
            .exec(http("outbox json")
                    .get("/demo/outbox.json?recipient=#{email}&limit=1")
                    .check(status().is(200), Checks.newestMessage(TEMPORARY_PASSWORD, "temporaryPassword")))
            .pause(Duration.ofMillis(500))
            .exec(http("A2 details form").get(BASE).check(status().is(200), Checks.csrf()))
            .exec(http("A2 details sent")
                    .post(BASE)
                    .formParam("iec", "#{iec}")
                    .formParam("gstin", "#{gstin}")
                    .formParam("password", "#{temporaryPassword}")
                    .formParam("_csrf", "#{csrf}")
                    .check(
                            status().is(200),
                            currentLocationRegex(BASE + "/([0-9a-f-]{36})/icegate-id")
                                    .saveAs("flow"),
                            Checks.csrf()))
            .pause(Duration.ofMillis(500))
            .exec(http("A3 ICEGATE ID sent")
                    .post(BASE + "/#{flow}/icegate-id")
                    .formParam("icegateId", "#{icegateId}")
                    .formParam("email", "#{email}")
                    .formParam("mobile", "#{mobile}")
                    .formParam("newPassword", LoadRun.PASSWORD)
                    .formParam("confirmPassword", LoadRun.PASSWORD)
                    .formParam("_csrf", "#{csrf}")
                    .check(
                            status().is(200),
                            currentLocationRegex(BASE + "/[0-9a-f-]{36}/otp").exists(),
                            Checks.csrf()))
            .exec(http("outbox json")
                    .get("/demo/outbox.json?recipient=#{mobile}&limit=1")
                    .check(status().is(200), Checks.newestMessage(OTP, "mobileOtp")))
            .exec(http("outbox json")
                    .get("/demo/outbox.json?recipient=#{email}&limit=1")
                    .check(status().is(200), Checks.newestMessage(OTP, "emailOtp")))
            .pause(Duration.ofMillis(500))
            .exec(http("A4 OTPs sent")
                    .post(BASE + "/#{flow}/otp")
                    .formParam("mobileOtp", "#{mobileOtp}")
                    .formParam("emailOtp", "#{emailOtp}")
                    .formParam("_csrf", "#{csrf}")
                    .check(
                            status().is(200),
                            currentLocationRegex(BASE + "/[0-9a-f-]{36}/verified")
                                    .exists()))
            .exec(http("A5 finish question").get(BASE + "/#{flow}/finish").check(status().is(200), Checks.csrf()))
            .exec(http("A5 finish confirmed")
                    .post(BASE + "/#{flow}/finish")
                    .formParam("confirm", "true")
                    .formParam("_csrf", "#{csrf}")
                    .check(
                            status().is(200),
                            currentLocationRegex(BASE + "/[0-9a-f-]{36}/done").exists(),
                            substring("#{icegateId}").exists()));

    {
        setUp(journeys.injectOpen(
                        constantUsersPerSec(LoadRun.journeysPerSecond()).during(Duration.ofSeconds(LoadRun.seconds()))))
                .protocols(protocol)
                .assertions(
                        global().failedRequests().count().is(0L),
                        global().responseTime().percentile(95).lt(2_000),
                        global().responseTime().percentile(99).lt(4_000));
    }
}
