package io.github.icegateportal.registration.iec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.OpenApiClient;
import io.github.icegateportal.support.Outbox;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Route B over the JSON API, driven by the OpenAPI document's operations ({@link OpenApiClient}), then the admin's approval over the API: the same wizard, documents and DSC checks as
 * the pages; the account activates from the emailed link and logs in to a token that may file.
 */
@PortalTest
class IecRegistrationApiTests extends IecJourney {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASE = "/api/v1/registrations/iec";
    private static final Pattern LINK =
            Pattern.compile("https?://[^/\\s]+(/registration/activate\\?token=([A-Za-z0-9_-]+))");

    @Test
    void routeBAndAnAdminsApprovalOverTheApiEndInAnAccountThatMayFile() {
        var holder = DgftRows.proprietor(jdbc);
        var outbox = new Outbox(mvc);
        var api = new OpenApiClient(mvc);

        var started = api.call(
                "iecStart",
                Map.of("iec", holder.iec(), "pan", holder.pan(), "email", holder.email(), "mobile", holder.mobile()));
        assertThat(started).hasStatus(201);
        String id = json(started).get("id").toString();
        assertThat(json(started).get("step")).isEqualTo("otp");

        var otps = api.call(
                "iecOtp", Map.of("mobileOtp", outbox.otp(holder.mobile()), "emailOtp", outbox.otp(holder.email())), id);
        assertThat(otps).hasStatusOk();
        Map<?, ?> state = json(otps);
        assertThat(state.get("step")).isEqualTo("documents");
        @SuppressWarnings("unchecked")
        List<String> required = (List<String>) state.get("documentsRequired");
        assertThat(required).isNotEmpty();

        var early = api.upload("iecSignature", signature(new byte[] {1, 2, 3}), Map.of(), id);
        assertThat(early).hasStatus(422);
        assertThat(json(early).get("detail").toString()).isNotBlank();

        var junk = api.upload(
                "iecDocument",
                new MockMultipartFile("file", "a.exe", "application/pdf", new byte[] {'M', 'Z', 0, 0}),
                Map.of("type", required.get(0)),
                id);
        assertThat(junk).hasStatus(422);
        for (String type : required) {
            var kept = api.upload(
                    "iecDocument",
                    SampleFiles.upload("file", "application/pdf", SampleFiles.pdf()),
                    Map.of("type", type),
                    id);
            assertThat(kept).hasStatusOk();
        }
        Map<?, ?> withDocuments = json(api.call("iecRegistration", null, id));
        assertThat(withDocuments.get("documentsMissing").toString()).isEqualTo("[]");
        String challenge = withDocuments.get("challenge").toString();

        var signed =
                api.upload("iecSignature", signature(new DemoSignatures(mvc).valid(holder, challenge)), Map.of(), id);
        assertThat(signed).hasStatusOk();
        assertThat(json(signed).get("passed")).isEqualTo(true);
        assertThat(json(signed).get("checks").toString()).contains("outcome=PASSED");

        String icegateId = "api-b-" + holder.pan().toLowerCase();
        var mismatch = api.call(
                "iecIcegateId",
                Map.of("icegateId", icegateId, "newPassword", IecFixtures.PASSWORD, "confirmPassword", "other"),
                id);
        assertThat(mismatch).hasStatus(400);
        assertThat(json(mismatch).get("errors").toString()).contains("field=confirmPassword");
        assertThat(api.call(
                        "iecIcegateId",
                        Map.of(
                                "icegateId",
                                icegateId,
                                "newPassword",
                                IecFixtures.PASSWORD,
                                "confirmPassword",
                                IecFixtures.PASSWORD),
                        id))
                .hasStatusOk();

        var submitted = api.call("iecSubmit", null, id);
        assertThat(submitted).hasStatusOk();
        assertThat(json(submitted).get("status")).isEqualTo("SUBMITTED");
        String reference = json(submitted).get("referenceNumber").toString();
        assertThat(api.call("iecSubmit", null, id)).hasStatus(409);
        assertThat(json(api.call("iecStatus", null, reference)).get("status")).isEqualTo("SUBMITTED");

        String adminToken = json(api.call("adminLogin", Map.of("username", "admin", "password", "Admin-Test-Pa55!")))
                .get("accessToken")
                .toString();
        var admin = api.withToken(adminToken);
        var detail = admin.call("adminRegistration", null, reference);
        assertThat(json(detail).get("dsc").toString()).contains("passed=true");
        long version = ((Number) json(detail).get("version")).longValue();
        var approved = admin.call("approveRegistration", Map.of("version", version, "confirmed", true), reference);
        assertThat(json(approved).get("status")).isEqualTo("APPROVED");

        var link = LINK.matcher(outbox.latest(holder.email()).body());
        assertThat(link.find()).isTrue();
        var exporter = new Visitor(mvc);
        exporter.get(link.group(1));
        exporter.post("/registration/activate", "token", link.group(2), "password", IecFixtures.PASSWORD);

        var token = api.call("login", Map.of("username", icegateId, "password", IecFixtures.PASSWORD));
        assertThat(token).hasStatusOk();
        var me = api.withToken(json(token).get("accessToken").toString()).call("account", null);
        assertThat(json(me).get("mayFile")).isEqualTo(true);
        assertThat(json(me).get("route")).isEqualTo("DSC");
    }

    @Test
    void aRegistrationContinuedByItsReferenceGetsANewKeyAndTheOldOneStops() {
        var holder = DgftRows.proprietor(jdbc);
        var outbox = new Outbox(mvc);
        var api = new OpenApiClient(mvc).from("10.84.0.1");
        var started = api.call(
                "iecStart",
                Map.of("iec", holder.iec(), "pan", holder.pan(), "email", holder.email(), "mobile", holder.mobile()));
        String oldId = json(started).get("id").toString();
        String reference = json(started).get("referenceNumber").toString();

        var sent = api.call("iecContinue", Map.of("referenceNumber", reference.toLowerCase()));
        assertThat(sent).hasStatus(202);
        assertThat(json(sent).get("message").toString()).startsWith("If the reference ID belongs to");
        assertThat(api.call("iecContinue", Map.of("referenceNumber", "NONE-SUCH-REF0")))
                .hasStatus(202);

        var wrong = api.call(
                "iecContinueOtp", Map.of("referenceNumber", reference, "mobileOtp", "000000", "emailOtp", "000000"));
        assertThat(wrong).hasStatus(422);
        var continued = api.call(
                "iecContinueOtp",
                Map.of(
                        "referenceNumber",
                        reference,
                        "mobileOtp",
                        outbox.otp(holder.mobile()),
                        "emailOtp",
                        outbox.otp(holder.email())));
        assertThat(continued).hasStatusOk();
        String newId = json(continued).get("id").toString();
        assertThat(newId).isNotEqualTo(oldId);
        assertThat(json(continued).get("step")).isEqualTo("documents");
        assertThat(api.call("iecRegistration", null, oldId)).hasStatus(404);
        assertThat(api.call("iecRegistration", null, newId)).hasStatusOk();
    }

    @Test
    void fieldsThatDifferFromDgftAreEachNamedAndAnUnknownKeyIsNotFound() {
        var holder = DgftRows.proprietor(jdbc);

        var refused = postJson(
                BASE,
                Map.of(
                        "iec",
                        holder.iec(),
                        "pan",
                        holder.pan(),
                        "email",
                        "someone.else@example.in",
                        "mobile",
                        "9000000001"));

        assertThat(refused).hasStatus(422);
        assertThat(json(refused).get("code")).isEqualTo("refused");
        assertThat(json(refused).get("errors").toString())
                .contains("field=email")
                .contains("field=mobile");

        var unknown =
                mvc.get().uri(BASE + "/00000000-0000-0000-0000-000000000000").exchange();
        assertThat(unknown).hasStatus(404);
        assertThat(json(unknown).get("code")).isEqualTo("not-found");
    }

    private MvcTestResult postJson(String path, Map<String, ?> body) {
        return mvc.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))
                .exchange();
    }

    private static MockMultipartFile signature(byte[] content) {
        return new MockMultipartFile("signature", "challenge.p7s", "application/pkcs7-signature", content);
    }

    private static Map<?, ?> json(MvcTestResult result) {
        return JSON.readValue(Visitor.body(result), Map.class);
    }
}
