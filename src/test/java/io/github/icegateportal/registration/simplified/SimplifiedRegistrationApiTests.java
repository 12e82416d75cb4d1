package io.github.icegateportal.registration.simplified;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.support.OpenApiClient;
import io.github.icegateportal.support.Outbox;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Route A over the JSON API, with records of its own at DGFT and GSTN: both cases end in an account that logs in to a
 * token; each refusal is the page's message as a problem with the status a client branches on.
 */
@PortalTest
class SimplifiedRegistrationApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("is: (\\S{12})");
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String BASE = "/api/v1/registrations/simplified";

    private static final Pattern STEP = Pattern.compile(Pattern.quote(BASE) + "(?:/([0-9a-f-]{36}))?(/[a-z-]+)?");

    /** The OpenAPI document's operation for each step's path under {@link #BASE}. */
    private static final Map<String, String> OPERATIONS = Map.of(
            "", "simplifiedStart",
            "/temporary-password", "simplifiedTemporaryPassword",
            "/icegate-id", "simplifiedIcegateId",
            "/otp", "simplifiedOtp",
            "/resend", "simplifiedResend",
            "/finish", "simplifiedFinish",
            "/alternate-contacts", "simplifiedAlternateContacts",
            "/alternate-otp", "simplifiedAlternateOtp");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    Outbox outbox;
    String iec;
    String gstin;
    String email;
    String mobile;
    String address;

    @BeforeEach
    void aHolderAtDgftAndGstn() {
        var random = ThreadLocalRandom.current();
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        var pan = new StringBuilder("Q");
        for (int i = 0; i < 2; i++) {
            pan.append(letters.charAt(random.nextInt(letters.length())));
        }
        pan.append('P').append(letters.charAt(random.nextInt(letters.length())));
        pan.append(String.format("%04d", random.nextInt(10_000))).append('K');
        iec = pan.toString();
        String first14 = "27" + iec + "1Z";
        gstin = first14 + Gstin.checkCharacter(first14);
        email = "api." + iec.toLowerCase(Locale.ROOT) + "@example.in";
        mobile = "8" + String.format("%09d", random.nextInt(1_000_000_000));
        int n = COUNTER.incrementAndGet();
        address = "10.81." + (n / 250) + "." + (n % 250 + 1);
        jdbc.update(
                "INSERT INTO dgft_iec (iec, pan, firm_name, email, mobile, address, status, last_updated)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)",
                iec,
                iec,
                "Api Route A Traders",
                email,
                mobile,
                "2, Test Road, Pune, Maharashtra 411001",
                java.sql.Date.valueOf("2026-04-15"));
        jdbc.update(
                "INSERT INTO dgft_signatory (iec, position, name, pan, role) VALUES (?, 1, 'Api Person', ?, 'Proprietor')",
                iec,
                iec);
        jdbc.update(
                "INSERT INTO gstn_registration (gstin, pan, legal_name, email, mobile, status, last_updated)"
                        + " VALUES (?, ?, 'Api Route A Traders', ?, ?, 'ACTIVE', ?)",
                gstin,
                iec,
                email,
                mobile,
                java.sql.Date.valueOf("2026-04-15"));
        outbox = new Outbox(mvc);
    }

    @Test
    void case11OverTheApiEndsInAnAccountThatLogsInToAToken() {
        String id = started();

        var weak = post(BASE + "/" + id + "/icegate-id", idForm("API-A-" + iec, "weak"));
        assertThat(weak).hasStatus(400);
        assertThat(json(weak).get("errors").toString()).contains("field=newPassword");

        var chosen = post(BASE + "/" + id + "/icegate-id", idForm("API-A-" + iec, "Organic#Farm42"));
        assertThat(chosen).hasStatusOk();
        assertThat(json(chosen).get("status")).isEqualTo("OTP_SENT");
        assertThat(json(chosen).get("nextSteps").toString()).isEqualTo("[otp, resend]");

        var early = post(BASE + "/" + id + "/finish", Map.of());
        assertThat(early).hasStatus(409);
        assertThat(json(early).get("detail").toString())
                .contains("does not follow from where your registration stands");

        var wrong = post(BASE + "/" + id + "/otp", Map.of("mobileOtp", "000000", "emailOtp", outbox.otp(email)));
        assertThat(wrong).hasStatus(400);
        assertThat(json(wrong).get("errors").toString())
                .contains("Entered mobile OTP is not correct. Please try again with correct OTP.");

        var verified =
                post(BASE + "/" + id + "/otp", Map.of("mobileOtp", outbox.otp(mobile), "emailOtp", outbox.otp(email)));
        assertThat(verified).hasStatusOk();
        assertThat(json(verified).get("nextSteps").toString()).isEqualTo("[finish, alternate-contacts]");

        var finished = post(BASE + "/" + id + "/finish", Map.of());
        assertThat(finished).hasStatusOk();
        assertThat(json(finished).get("status")).isEqualTo("COMPLETED");
        assertThat(json(finished).get("icegateId")).isEqualTo("API-A-" + iec);

        var token = new OpenApiClient(mvc)
                .from(address)
                .call("login", Map.of("username", "API-A-" + iec, "password", "Organic#Farm42"));
        assertThat(token).hasStatusOk();
        var me = mvc.get()
                .uri("/api/v1/account")
                .header("Authorization", "Bearer " + json(token).get("accessToken"))
                .exchange();
        assertThat(json(me).get("iec")).isEqualTo(iec);
        assertThat(json(me).get("route")).isEqualTo("SIMPLIFIED");
    }

    @Test
    void case12OverTheApiGivesTheAccountTheAlternateContacts() {
        String id = started();
        post(BASE + "/" + id + "/icegate-id", idForm("API-B-" + iec, "Organic#Farm42"));
        post(BASE + "/" + id + "/otp", Map.of("mobileOtp", outbox.otp(mobile), "emailOtp", outbox.otp(email)));
        String otherEmail = "other." + iec.toLowerCase(Locale.ROOT) + "@example.in";
        String otherMobile = "7" + mobile.substring(1);

        var badContacts = post(
                BASE + "/" + id + "/alternate-contacts",
                Map.of("alternateEmail", "not-an-email", "alternateMobile", "12"));
        assertThat(badContacts).hasStatus(400);
        assertThat(json(badContacts).get("errors").toString())
                .contains("field=alternateEmail")
                .contains("field=alternateMobile");

        var given = post(
                BASE + "/" + id + "/alternate-contacts",
                Map.of("alternateEmail", otherEmail, "alternateMobile", otherMobile));
        assertThat(given).hasStatusOk();
        assertThat(json(given).get("status")).isEqualTo("ALTERNATE_OTP_SENT");

        var done = post(
                BASE + "/" + id + "/alternate-otp",
                Map.of("alternateMobileOtp", outbox.otp(otherMobile), "alternateEmailOtp", outbox.otp(otherEmail)));
        assertThat(done).hasStatusOk();
        assertThat(json(done).get("status")).isEqualTo("COMPLETED");
        assertThat(json(done).get("email")).isEqualTo(otherEmail);
    }

    @Test
    void refusalsAreThePagesMessagesWithAStatusToBranchOn() {
        var wrongPassword = post(BASE, Map.of("iec", iec, "gstin", gstin, "password", "Wrong#Pass123"));
        assertThat(wrongPassword).hasStatus(422);
        assertThat(json(wrongPassword).get("code")).isEqualTo("refused");
        assertThat(json(wrongPassword).get("detail"))
                .isEqualTo("The details provided do not match with ICEGATE records.");

        var badFields = post(BASE, Map.of("iec", "12", "gstin", "", "password", ""));
        assertThat(badFields).hasStatus(400);
        assertThat(json(badFields).get("errors").toString())
                .contains("field=iec")
                .contains("field=gstin")
                .contains("field=password");

        var unknown =
                mvc.get().uri(BASE + "/00000000-0000-0000-0000-000000000000").exchange();
        assertThat(unknown).hasStatus(404);
        assertThat(unknown.getResponse().getContentType()).startsWith("application/problem+json");

        var notAnId = mvc.get().uri(BASE + "/not-an-id").exchange();
        assertThat(notAnId).hasStatus(400);
        assertThat(notAnId.getResponse().getContentType()).startsWith("application/problem+json");
    }

    private String started() {
        var asked = post(BASE + "/temporary-password", Map.of("iec", iec, "gstin", gstin));
        assertThat(asked).hasStatus(202);
        Matcher matcher = TEMPORARY_PASSWORD.matcher(outbox.latest(email).body());
        assertThat(matcher.find()).isTrue();

        var started = post(BASE, Map.of("iec", iec, "gstin", gstin, "password", matcher.group(1)));
        assertThat(started).hasStatus(201);
        Map<?, ?> state = json(started);
        assertThat(state.get("status")).isEqualTo("DETAILS_VERIFIED");
        assertThat(state.get("nextSteps").toString()).isEqualTo("[icegate-id]");
        assertThat(state.get("email")).isEqualTo(email);
        return state.get("id").toString();
    }

    private static Map<String, Object> idForm(String id, String password) {
        var form = new LinkedHashMap<String, Object>();
        form.put("icegateId", id);
        form.put("newPassword", password);
        form.put("confirmPassword", password);
        return form;
    }

    /** A step by the path this test names, checked against the OpenAPI document's operation for it. */
    private MvcTestResult post(String path, Map<String, ?> body) {
        Matcher step = STEP.matcher(path);
        assertThat(step.matches()).as(path).isTrue();
        String operationId = OPERATIONS.get(step.group(2) == null ? "" : step.group(2));
        assertThat(operationId).as("an operation for " + path).isNotNull();
        Object[] id = step.group(1) == null ? new Object[0] : new Object[] {step.group(1)};
        return new OpenApiClient(mvc).from(address).call(operationId, body, id);
    }

    private static Map<?, ?> json(MvcTestResult result) {
        return JSON.readValue(Visitor.body(result), Map.class);
    }
}
