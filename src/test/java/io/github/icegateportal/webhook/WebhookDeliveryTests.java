package io.github.icegateportal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.icegateportal.registration.Origin;
import io.github.icegateportal.registration.RegistrationApproved;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events out, delivered for real over HTTP to a receiver on 127.0.0.1: one row per (endpoint, event) written with the
 * event, signed requests, back-off after a failure, never again after a 2xx, nothing from a rolled-back step or to a
 * disabled endpoint; the admin's page adds and disables endpoints (audited) and shows the log.
 */
@PortalTest
class WebhookDeliveryTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** One request the receiver got. */
    record Received(Map<String, List<String>> headers, String body) {}

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Webhooks webhooks;

    @Autowired
    WebhookDeliveryJob job;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MutableClock clock;

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    long endpoint;
    String secret;

    @BeforeEach
    void aReceiverOnLoopback() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 204 : status, -1);
            exchange.close();
        });
        receiver.start();
        var added = webhooks.add(
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "test-admin", "127.0.0.1");
        endpoint = added.id();
        secret = added.secret();
    }

    @AfterEach
    void stopReceiving() {
        webhooks.setEnabled(endpoint, false, "test-admin", "127.0.0.1");
        // Rows of this test not delivered are not left due for the next test's receiver.
        jdbc.update("UPDATE webhook_delivery SET due_at = NULL WHERE endpoint_id = ?", endpoint);
        receiver.stop(0);
    }

    @Test
    void anEventIsDeliveredSignedAfterABackOffAndNeverAgainAfterA2xx() {
        String reference = approved();
        assertThat(rows()).isEqualTo(1);
        answers.add(503);

        job.deliverDue();

        assertThat(received).hasSize(1);
        assertThat(jdbc.queryForMap(
                        "SELECT attempts, last_status, delivered_at FROM webhook_delivery WHERE endpoint_id = ?",
                        endpoint))
                .containsEntry("attempts", 1)
                .containsEntry("last_status", 503)
                .containsEntry("delivered_at", null);
        job.deliverDue();
        assertThat(received).as("not due again before its back-off").hasSize(1);

        clock.advance(Duration.ofSeconds(31));
        job.deliverDue();

        assertThat(received).hasSize(2);
        Received request = received.get(1);
        Map<?, ?> payload = JSON.readValue(request.body(), Map.class);
        assertThat(payload.get("type")).isEqualTo("registration.approved");
        assertThat(payload.get("data").toString()).contains(reference).contains("route=DSC");
        assertThat(request.body()).doesNotContain("10.3.3.3");
        assertThat(header(request, "Webhook-Id")).isEqualTo(payload.get("id"));
        assertThat(header(request, "Webhook-Id")).isEqualTo(header(received.get(0), "Webhook-Id"));
        long timestamp = Long.parseLong(header(request, "Webhook-Timestamp"));
        assertThat(header(request, "Webhook-Signature"))
                .isEqualTo(WebhookSignature.sign(secret, timestamp, request.body()))
                .isNotEqualTo(WebhookSignature.sign("whsec_other", timestamp, request.body()));

        clock.advance(Duration.ofDays(1));
        job.deliverDue();
        assertThat(received).as("never again after a 2xx").hasSize(2);
    }

    @Test
    void aStepThatRollsBackSendsNothingAndADisabledEndpointGetsNoNewEvents() {
        try {
            transactions.executeWithoutResult(status -> {
                publishApproved();
                status.setRollbackOnly();
            });
        } finally {
            assertThat(rows()).isZero();
        }

        webhooks.setEnabled(endpoint, false, "test-admin", "127.0.0.1");
        approved();
        assertThat(rows()).isZero();

        webhooks.setEnabled(endpoint, true, "test-admin", "127.0.0.1");
        approved();
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void aDeliveryIsGivenUpAfterItsLastAttempt() {
        approved();
        for (int i = 0; i < 25; i++) {
            answers.add(500);
            job.deliverDue();
            clock.advance(Duration.ofHours(7));
        }

        assertThat(received).hasSize(20);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM webhook_delivery WHERE endpoint_id = ? AND given_up_at IS NOT NULL",
                        Integer.class,
                        endpoint))
                .isEqualTo(1);
    }

    @Test
    void theAdminAddsAnEndpointSeesItsSecretOnceAndTheAuditLogRecordsIt() {
        var admin = new Visitor(mvc);
        admin.get("/admin/login");
        admin.post("/admin/login", "username", "admin", "password", "Admin-Test-Pa55!");

        assertThat(Visitor.body(admin.get("/admin/webhooks"))).contains("Add an endpoint");
        var refused = admin.post("/admin/webhooks", "url", "ftp://127.0.0.1/x");
        assertThat(Visitor.body(refused)).contains("Enter an http or https address with a host");

        String url = "http://127.0.0.1:9/added-" + COUNTER.incrementAndGet();
        var added = admin.post("/admin/webhooks", "url", url);
        assertThat(Visitor.body(added))
                .contains(url)
                .contains("id=\"webhook-secret\"")
                .contains("whsec_");

        String page = Visitor.body(admin.get("/admin/webhooks"));
        assertThat(page).contains(url).doesNotContain("whsec_");
        assertThat(Visitor.body(admin.get("/admin/audit"))).contains("Webhook added");
        long id = jdbc.queryForObject("SELECT id FROM webhook_endpoint WHERE url = ?", Long.class, url);
        admin.post("/admin/webhooks/" + id + "/disable");
        assertThat(jdbc.queryForObject("SELECT enabled FROM webhook_endpoint WHERE id = ?", Boolean.class, id))
                .isFalse();

        assertThat(new Visitor(mvc).get("/admin/webhooks").getResponse().getRedirectedUrl())
                .as("admins only")
                .endsWith("/admin/login");
    }

    private String approved() {
        return transactions.execute(status -> publishApproved());
    }

    private String publishApproved() {
        String reference = "WH" + String.format("%02d", COUNTER.incrementAndGet() % 100) + "-TEST-0000";
        events.publishEvent(new RegistrationApproved(
                reference,
                RegistrationRoute.DSC,
                Iec.of("AAGCS5129H"),
                new Origin("test-admin", "10.3.3.3", clock.instant())));
        return reference;
    }

    private int rows() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM webhook_delivery WHERE endpoint_id = ?", Integer.class, endpoint);
    }

    private static String header(Received request, String name) {
        return request.headers().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(entry -> entry.getValue().get(0))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No header " + name));
    }
}
