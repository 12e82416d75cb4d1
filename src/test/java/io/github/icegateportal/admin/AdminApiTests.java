package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.account.Accounts;
import io.github.icegateportal.account.NewAccount;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** The admin's JSON API: a token, the queue, one registration, decisions with the page's rules, and roles. */
@PortalTest
class AdminApiTests extends WithQueueFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger ADDRESS = new AtomicInteger();
    private static final String EXPORTER_PASSWORD = "Kite#Lantern42";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AdminAccounts admins;

    @Autowired
    Accounts accounts;

    @Test
    void anAdminApprovesFromTheQueueAsOfTheVersionSeen() {
        String token = adminToken();
        String iec = QueueFixtures.newIec();
        String reference = fixtures.submitted(iec, clock.instant().minus(Duration.ofHours(3)));

        var queue = get("/api/v1/admin/registrations?status=SUBMITTED&route=DSC&iec=" + iec, token);
        assertThat(queue).hasStatusOk();
        assertThat(Visitor.body(queue)).contains(reference);
        assertThat(((Number) json(queue).get("totalElements")).intValue())
                .as("only the IEC asked for")
                .isEqualTo(1);

        var detail =
                get("/api/v1/admin/registrations/" + reference.toLowerCase().replace("-", ""), token);
        assertThat(detail).hasStatusOk();
        Map<?, ?> registration = json(detail);
        assertThat(registration.get("referenceNumber")).isEqualTo(reference);
        assertThat(registration.get("status")).isEqualTo("SUBMITTED");
        long version = ((Number) registration.get("version")).longValue();

        var unconfirmed =
                post("/api/v1/admin/registrations/" + reference + "/approve", token, Map.of("version", version));
        assertThat(unconfirmed).hasStatus(400);
        assertThat(json(unconfirmed).get("errors").toString())
                .contains("field=confirmed")
                .contains("Tick \"I have checked the documents and the DSC\" to approve. Nothing was decided.");

        var stale = post(
                "/api/v1/admin/registrations/" + reference + "/approve",
                token,
                Map.of("version", version + 7, "confirmed", true));
        assertThat(stale).hasStatus(409);
        assertThat(json(stale).get("code")).isEqualTo("changed");

        var approved = post(
                "/api/v1/admin/registrations/" + reference + "/approve",
                token,
                Map.of("version", version, "confirmed", true));
        assertThat(approved).hasStatusOk();
        assertThat(json(approved).get("status")).isEqualTo("APPROVED");
        assertThat(json(approved).get("decidedBy")).isEqualTo(AdminLogin.USERNAME);

        var again = post(
                "/api/v1/admin/registrations/" + reference + "/reject",
                token,
                Map.of("version", version, "reason", "DOCUMENT_MISSING"));
        assertThat(again).hasStatus(409);
        assertThat(json(again).get("code")).isIn("decided", "changed", "not-waiting");
    }

    @Test
    void aRejectionNeedsAKnownReasonAndWordsForOther() {
        String token = adminToken();
        String reference = fixtures.submitted(QueueFixtures.newIec(), clock.instant());
        long version = ((Number) json(get("/api/v1/admin/registrations/" + reference, token))
                        .get("version"))
                .longValue();
        String path = "/api/v1/admin/registrations/" + reference + "/reject";

        assertThat(json(post(path, token, Map.of("version", version, "reason", "NO_SUCH")))
                        .get("errors")
                        .toString())
                .contains("field=reason")
                .contains("Choose the reason for the rejection.");
        assertThat(json(post(path, token, Map.of("version", version, "reason", "OTHER")))
                        .get("errors")
                        .toString())
                .contains("field=details");

        var rejected = post(
                path, token, Map.of("version", version, "reason", "DOCUMENT_UNREADABLE", "details", "page 2 is blank"));
        assertThat(rejected).hasStatusOk();
        assertThat(json(rejected).get("status")).isEqualTo("REJECTED");
        assertThat(json(get("/api/v1/admin/registrations/" + reference, token))
                        .get("rejectionReason")
                        .toString())
                .endsWith(": page 2 is blank");
    }

    @Test
    void anUnknownReferenceIsNotFoundAndABadFilterIsNamed() {
        String token = adminToken();

        var missing = get("/api/v1/admin/registrations/ZZZZ-ZZZZ-ZZZZ", token);
        assertThat(missing).hasStatus(404);
        assertThat(json(missing).get("code")).isEqualTo("not-found");

        var badStatus = get("/api/v1/admin/registrations?status=WHATEVER", token);
        assertThat(badStatus).hasStatus(400);
        assertThat(badStatus.getResponse().getContentType()).startsWith("application/problem+json");

        var badIec = get("/api/v1/admin/registrations?iec=12", token);
        assertThat(badIec).hasStatus(400);
        assertThat(json(badIec).get("errors").toString()).contains("field=iec");
    }

    @Test
    void onlyAnAdminsTokenOpensTheAdminApi() {
        assertThat(mvc.get().uri("/api/v1/admin/registrations").exchange()).hasStatus(401);

        int n = ADDRESS.incrementAndGet();
        String iec = QueueFixtures.newIec();
        var account = accounts.openSimplified(new NewAccount(
                IcegateId.of("NOADM-" + n + "-" + iec.substring(0, 3)),
                Iec.of(iec),
                null,
                "Not An Admin " + n,
                new EmailAddress("noadm" + n + "." + iec.toLowerCase() + "@example.in"),
                new MobileNumber("98" + String.format("%08d", n)),
                EXPORTER_PASSWORD,
                "10.9.9.9"));
        var exporter = mvc.post()
                .uri("/api/v1/tokens")
                .with(request -> {
                    request.setRemoteAddr(freshAddress());
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(
                        Map.of("username", account.icegateId().value(), "password", EXPORTER_PASSWORD)))
                .exchange();
        String exporterToken = json(exporter).get("accessToken").toString();
        var refused = get("/api/v1/admin/registrations", exporterToken);
        assertThat(refused).hasStatus(403);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");

        String adminToken = adminToken();
        assertThat(get("/api/v1/account", adminToken)).hasStatus(403);
    }

    @Test
    void aWrongAdminPasswordIsOneAnswerAndADisabledAdminsTokenStopsAtOnce() {
        var wrong = postToken(AdminLogin.USERNAME, "not-the-password");
        assertThat(wrong).hasStatus(401);
        assertThat(json(wrong).get("detail"))
                .isEqualTo("The user name or password is not correct, or this admin account is disabled.");
        assertThat(json(postToken("nobody-at-all", "not-the-password")).get("detail"))
                .isEqualTo(json(wrong).get("detail"));

        String name = "api-admin-" + ADDRESS.incrementAndGet();
        String password = admins.add(name, AdminLogin.USERNAME, "10.1.1.1").orElseThrow();
        var mustChange = postToken(name, password);
        assertThat(mustChange).hasStatus(403);
        assertThat(json(mustChange).get("code")).isEqualTo("password-change-required");
        admins.changePassword(name, "Second-Admin-Pa55!", "10.1.1.1");
        String token =
                json(postToken(name, "Second-Admin-Pa55!")).get("accessToken").toString();
        assertThat(get("/api/v1/admin/registrations", token)).hasStatusOk();

        long id = admins.find(name).orElseThrow().id();
        admins.disable(id, AdminLogin.USERNAME, "10.1.1.1");

        assertThat(get("/api/v1/admin/registrations", token)).hasStatus(401);
    }

    private String adminToken() {
        var result = postToken(AdminLogin.USERNAME, AdminLogin.PASSWORD);
        assertThat(result).hasStatusOk();
        return json(result).get("accessToken").toString();
    }

    private MvcTestResult postToken(String username, String password) {
        return mvc.post()
                .uri("/api/v1/admin/tokens")
                .with(request -> {
                    request.setRemoteAddr(freshAddress());
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("username", username, "password", password)))
                .exchange();
    }

    private MvcTestResult get(String path, String token) {
        return mvc.get().uri(path).header("Authorization", "Bearer " + token).exchange();
    }

    private MvcTestResult post(String path, String token, Map<String, ?> body) {
        return mvc.post()
                .uri(path)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))
                .exchange();
    }

    private static Map<?, ?> json(MvcTestResult result) {
        return JSON.readValue(Visitor.body(result), Map.class);
    }

    private static String freshAddress() {
        int n = ADDRESS.incrementAndGet();
        return "10.79." + (n / 250) + "." + (n % 250 + 1);
    }
}
