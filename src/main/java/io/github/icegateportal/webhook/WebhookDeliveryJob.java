package io.github.icegateportal.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the due deliveries, once across instances (ShedLock {@code webhook-delivery}): a POST of the event's JSON with
 * its id, a timestamp and an HMAC-SHA256 signature. A 2xx answer marks the row delivered and it is never sent again;
 * anything else (another status, a refused connection, a timeout) counts an attempt and sets the next one after a
 * doubling wait, until {@code portal.webhook.max-attempts}, when the row is given up. Delivery is at least once: a
 * receiver whose 2xx is lost gets the event again, with the same id.
 */
@Component
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookDeliveryJob {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveryJob.class);
    private static final int BATCH = 100;

    private record Due(long id, String url, String secret, String eventId, String payload, int attempts) {}

    private final JdbcTemplate jdbc;
    private final WebhookProperties properties;
    private final Clock clock;
    private final HttpClient http;

    WebhookDeliveryJob(JdbcTemplate jdbc, WebhookProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Scheduled(
            fixedDelayString = "${portal.webhook.delivery-interval:PT10S}",
            initialDelayString = "${portal.webhook.delivery-interval:PT10S}")
    @SchedulerLock(name = "webhook-delivery", lockAtMostFor = "PT10M", lockAtLeastFor = "PT8S")
    void onSchedule() {
        deliverDue();
    }

    /** Sends every delivery due now (in batches); returns how many were attempted. */
    int deliverDue() {
        int attempted = 0;
        List<Due> due;
        do {
            due = jdbc.query(
                    "SELECT d.id, e.url, e.secret, d.event_id, d.payload, d.attempts FROM webhook_delivery d"
                            + " JOIN webhook_endpoint e ON e.id = d.endpoint_id"
                            + " WHERE d.due_at <= ? ORDER BY d.due_at, d.id LIMIT ?",
                    (row, n) -> new Due(
                            row.getLong(1),
                            row.getString(2),
                            row.getString(3),
                            row.getObject(4).toString(),
                            row.getString(5),
                            row.getInt(6)),
                    Timestamp.from(clock.instant()),
                    BATCH);
            due.forEach(this::attempt);
            attempted += due.size();
        } while (due.size() == BATCH);
        return attempted;
    }

    private void attempt(Due delivery) {
        long timestamp = clock.instant().getEpochSecond();
        Integer status = null;
        String error = null;
        try {
            var request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "icegate-registration-portal-webhooks")
                    .header(WebhookSignature.ID, delivery.eventId())
                    .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                    .header(
                            WebhookSignature.SIGNATURE,
                            WebhookSignature.sign(delivery.secret(), timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception failed) {
            error = failed.getClass().getSimpleName();
        }
        Instant now = clock.instant();
        int attempts = delivery.attempts() + 1;
        if (status != null && status >= 200 && status < 300) {
            jdbc.update(
                    "UPDATE webhook_delivery SET attempts = ?, last_status = ?, last_error = NULL, last_attempt_at = ?,"
                            + " delivered_at = ?, due_at = NULL WHERE id = ?",
                    attempts,
                    status,
                    Timestamp.from(now),
                    Timestamp.from(now),
                    delivery.id());
        } else if (attempts >= properties.maxAttempts()) {
            log.warn("Webhook delivery {} to {} given up after {} attempts", delivery.id(), delivery.url(), attempts);
            jdbc.update(
                    "UPDATE webhook_delivery SET attempts = ?, last_status = ?, last_error = ?, last_attempt_at = ?,"
                            + " given_up_at = ?, due_at = NULL WHERE id = ?",
                    attempts,
                    status,
                    error,
                    Timestamp.from(now),
                    Timestamp.from(now),
                    delivery.id());
        } else {
            jdbc.update(
                    "UPDATE webhook_delivery SET attempts = ?, last_status = ?, last_error = ?, last_attempt_at = ?,"
                            + " due_at = ? WHERE id = ?",
                    attempts,
                    status,
                    error,
                    Timestamp.from(now),
                    Timestamp.from(now.plus(properties.backoffAfter(attempts))),
                    delivery.id());
        }
    }
}
