package io.github.icegateportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.Outbox;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** The account's JSON API: a login that ends in a bearer token, refusals as problems, and the account's own data. */
@PortalTest
class AccountApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger ADDRESS = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    LoginProperties login;

    @Test
    void aLoginGivesABearerTokenThatOpensTheAccountWithoutAnySession() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("Api"));

        MvcTestResult result = postToken(account.icegateId().value(), TestAccounts.PASSWORD, freshAddress());

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        Map<?, ?> token = json(result);
        assertThat(token.get("tokenType")).isEqualTo("Bearer");
        assertThat(((Number) token.get("expiresIn")).longValue()).isEqualTo(15 * 60);

        var me = mvc.get()
                .uri("/api/v1/account")
                .header("Authorization", "Bearer " + token.get("accessToken"))
                .exchange();
        assertThat(me).hasStatusOk();
        Map<?, ?> body = json(me);
        assertThat(body.get("icegateId")).isEqualTo(account.icegateId().value());
        assertThat(body.get("iec")).isEqualTo(account.iec().value());
        assertThat(body.get("route")).isEqualTo("SIMPLIFIED");
        assertThat(body.get("mayFile")).isEqualTo(false);
        assertThat(me.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void theAccountNeedsAValidTokenAndSaysSoAsAProblem() {
        var none = mvc.get().uri("/api/v1/account").exchange();
        assertThat(none).hasStatus(401);
        assertThat(none.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(none.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(json(none).get("detail").toString()).contains("POST /api/v1/tokens");

        var forged = mvc.get()
                .uri("/api/v1/account")
                .header("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJYIn0.c2lnbmF0dXJl")
                .exchange();
        assertThat(forged).hasStatus(401);
    }

    @Test
    void aTokenExpiresWithItsLifetime() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("ApiExp"));
        String token = tokenOf(postToken(account.icegateId().value(), TestAccounts.PASSWORD, freshAddress()));

        clock.advance(Duration.ofMinutes(16));

        assertThat(mvc.get()
                        .uri("/api/v1/account")
                        .header("Authorization", "Bearer " + token)
                        .exchange())
                .hasStatus(401);
    }

    @Test
    void aWrongPasswordIsTheLoginPagesMessageAndCountsTowardsTheLockOut() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("ApiBad"));
        String address = freshAddress();

        MvcTestResult wrong = postToken(account.icegateId().value(), "Not-the-password1", address);

        assertThat(wrong).hasStatus(401);
        assertThat(wrong.getResponse().getContentType()).startsWith("application/problem+json");
        Map<?, ?> problem = json(wrong);
        assertThat(problem.get("code")).isEqualTo("bad-credentials");
        assertThat(problem.get("detail")).isEqualTo("The ICEGATE ID/IEC or password is not correct. Please try again.");
        assertThat(((Number) problem.get("triesLeft")).intValue()).isEqualTo(login.maxFailures() - 1);

        for (int i = 1; i < login.maxFailures(); i++) {
            postToken(account.icegateId().value(), "Not-the-password1", freshAddress());
        }
        MvcTestResult locked = postToken(account.icegateId().value(), TestAccounts.PASSWORD, freshAddress());
        assertThat(locked).hasStatus(429);
        assertThat(json(locked).get("code")).isEqualTo("locked-out");
        assertThat(Long.parseLong(locked.getResponse().getHeader("Retry-After")))
                .isBetween(1L, login.lockout().toSeconds());
    }

    @Test
    void missingFieldsAreNamedOneByOne() {
        var result = mvc.post()
                .uri("/api/v1/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"\"}")
                .exchange();

        assertThat(result).hasStatus(400);
        Map<?, ?> problem = json(result);
        assertThat(problem.get("code")).isEqualTo("invalid");
        assertThat(problem.get("errors").toString()).contains("field=username").contains("field=password");
    }

    @Test
    void anUnreadableBodyIsAProblemWithoutAnyDetailOfTheFailure() {
        var result = mvc.post()
                .uri("/api/v1/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{not json")
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(Visitor.body(result)).doesNotContain("Exception").doesNotContain("at tools.");
    }

    @Test
    void anAccountThatAsksForAnOtpGetsAChallengeAndThenItsToken() {
        AccountView account = accounts.openSimplified(TestAccounts.newAccount("ApiOtp"));
        jdbc.update(
                "UPDATE accounts SET login_otp = TRUE WHERE icegate_id = ?",
                account.icegateId().value());
        String address = freshAddress();

        MvcTestResult first = postToken(account.icegateId().value(), TestAccounts.PASSWORD, address);

        assertThat(first).hasStatus(401);
        Map<?, ?> problem = json(first);
        assertThat(problem.get("code")).isEqualTo("otp-required");
        String challenge = problem.get("challenge").toString();
        var outbox = new Outbox(mvc);

        MvcTestResult wrong = postOtp(challenge, "000000", outbox.otp(account.email()), address);
        assertThat(wrong).hasStatus(400);
        assertThat(json(wrong).get("errors").toString())
                .contains("field=mobileOtp")
                .contains("Entered mobile OTP is not correct")
                .doesNotContain("field=emailOtp");

        MvcTestResult right = postOtp(challenge, outbox.otp(account.mobile()), outbox.otp(account.email()), address);
        assertThat(right).hasStatusOk();
        assertThat(json(right).get("accessToken")).isNotNull();

        assertThat(postOtp(challenge, outbox.otp(account.mobile()), outbox.otp(account.email()), address))
                .as("a challenge completes once")
                .hasStatus(401);
    }

    private MvcTestResult postToken(String username, String password, String address) {
        return mvc.post()
                .uri("/api/v1/tokens")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("username", username, "password", password)))
                .exchange();
    }

    private MvcTestResult postOtp(String challenge, String mobileOtp, String emailOtp, String address) {
        return mvc.post()
                .uri("/api/v1/tokens/otp")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(
                        Map.of("challenge", challenge, "mobileOtp", mobileOtp, "emailOtp", emailOtp)))
                .exchange();
    }

    private static String tokenOf(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return json(result).get("accessToken").toString();
    }

    private static Map<?, ?> json(MvcTestResult result) {
        return JSON.readValue(Visitor.body(result), Map.class);
    }

    /** One client address per login, so the per-address rate limit of other tests never meets these. */
    private static String freshAddress() {
        return "10.77." + (ADDRESS.incrementAndGet() / 250) + "." + (ADDRESS.get() % 250 + 1);
    }
}
