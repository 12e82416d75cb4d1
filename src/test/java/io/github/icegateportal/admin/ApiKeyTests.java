package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.shared.security.ApiKeys;
import io.github.icegateportal.support.OpenApiClient;
import io.github.icegateportal.support.TestClockConfiguration;
import io.github.icegateportal.support.Visitor;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * API keys with the captcha switched on, as in production (the only test with the captcha on in the API, so it pays
 * for a context and database of its own): an admin issues a key on the page (shown once, kept as a digest), the key
 * stands for the captcha on the API's login and Route A's first step, and a revoked key stops at once.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:apikeys;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "portal.captcha.enabled=true"
        })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class ApiKeyTests {

    private static final Pattern KEY = Pattern.compile("id=\"issued-key\"[^>]*>(igk_[A-Za-z0-9_-]+)<");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anIssuedKeyStandsForTheCaptchaUntilItIsRevoked() {
        var admin = AdminLogin.asFirstAdmin(mvc);
        assertThat(Visitor.body(admin.get("/admin/api-keys"))).contains("Issue a key");
        assertThat(Visitor.body(admin.post("/admin/api-keys", "label", " ")))
                .contains("Say what the key is for, in at most 100 characters.");
        var issued = Visitor.body(admin.post("/admin/api-keys", "label", "ERP test system"));
        var matcher = KEY.matcher(issued);
        assertThat(matcher.find()).as(issued).isTrue();
        String key = matcher.group(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_key WHERE key_hash = ?", Integer.class, key))
                .as("only the digest is kept")
                .isZero();
        assertThat(Visitor.body(admin.get("/admin/api-keys")))
                .contains("ERP test system")
                .doesNotContain(key);
        assertThat(Visitor.body(admin.get("/admin/audit"))).contains("API key issued");

        var login = Map.of("username", "NO-SUCH-ID", "password", "Whatever#123");
        var withoutKey = new OpenApiClient(mvc).from("10.82.0.1").call("login", login);
        assertThat(withoutKey).hasStatus(400);
        assertThat(OpenApiClient.json(withoutKey).get("code")).isEqualTo("captcha");
        assertThat(withKey("/api/v1/tokens", key, login))
                .as("past the captcha to the password")
                .hasStatus(401);

        var start = Map.of("iec", "AAGCS5129H", "gstin", "27AAGCS5129H1Z8", "password", "Wrong#Pass123");
        var startWithoutKey = new OpenApiClient(mvc).from("10.82.0.2").call("simplifiedStart", start);
        assertThat(OpenApiClient.json(startWithoutKey).get("errors").toString()).contains("field=captcha");
        assertThat(withKey("/api/v1/registrations/simplified", key, start))
                .as("past the captcha to the flow's own check")
                .hasStatus(422);
        assertThat(withKey("/api/v1/tokens", "igk_not-a-key", login)).hasStatus(400);

        long id = jdbc.queryForObject("SELECT id FROM api_key WHERE label = 'ERP test system'", Long.class);
        admin.get("/admin/api-keys");
        admin.post("/admin/api-keys/" + id + "/revoke");

        assertThat(withKey("/api/v1/tokens", key, login)).as("a revoked key").hasStatus(400);
        assertThat(jdbc.queryForObject("SELECT last_used_at FROM api_key WHERE id = ?", java.sql.Timestamp.class, id))
                .isNotNull();
    }

    private MvcTestResult withKey(String path, String key, Map<String, ?> body) {
        return mvc.post()
                .uri(path)
                .header(ApiKeys.HEADER, key)
                .with(request -> {
                    request.setRemoteAddr("10.82.1.1");
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body))
                .exchange();
    }
}
