package io.github.icegateportal.webhook;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The endpoints admins register, and what was delivered to them. */
@Service
class Webhooks {

    /** An endpoint as the admin page lists it (never its secret). */
    record Endpoint(long id, String url, boolean enabled, String createdBy, Instant createdAt) {}

    /** One row of the delivery log. */
    record Delivery(
            long id,
            String url,
            String eventId,
            String eventType,
            Instant createdAt,
            int attempts,
            Integer lastStatus,
            String lastError,
            Instant dueAt,
            Instant deliveredAt,
            Instant givenUpAt) {}

    /** A new endpoint and its secret, shown to the admin once. */
    record Added(long id, String secret) {}

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Webhooks(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The address as an endpoint: http or https with a host, no user info, at most 500 characters.
     *
     * @return the message key of what is wrong, or empty
     */
    static Optional<String> problemWith(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("webhook.url.required");
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (url.length() > 500
                    || !(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null
                    || uri.getRawFragment() != null) {
                return Optional.of("webhook.url.invalid");
            }
            return Optional.empty();
        } catch (java.net.URISyntaxException invalid) {
            return Optional.of("webhook.url.invalid");
        }
    }

    @Transactional
    Added add(String url, String admin, String remoteAddress) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var key = new GeneratedKeyHolder();
        Instant now = clock.instant();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "INSERT INTO webhook_endpoint (url, secret, enabled, created_by, created_at)"
                                    + " VALUES (?, ?, TRUE, ?, ?)",
                            new String[] {"id"});
                    statement.setString(1, url.strip());
                    statement.setString(2, secret);
                    statement.setString(3, admin);
                    statement.setTimestamp(4, Timestamp.from(now));
                    return statement;
                },
                key);
        long id = key.getKey().longValue();
        events.publishEvent(new WebhookEndpointChanged(id, url.strip(), "WEBHOOK_ADDED", admin, remoteAddress, now));
        return new Added(id, secret);
    }

    /** Stops (or restarts) writing deliveries for an endpoint; rows already due are still sent. */
    @Transactional
    void setEnabled(long id, boolean enabled, String admin, String remoteAddress) {
        List<String> urls = jdbc.queryForList("SELECT url FROM webhook_endpoint WHERE id = ?", String.class, id);
        if (urls.isEmpty()) {
            return;
        }
        int changed = jdbc.update(
                "UPDATE webhook_endpoint SET enabled = ? WHERE id = ? AND enabled <> ?", enabled, id, enabled);
        if (changed > 0) {
            events.publishEvent(new WebhookEndpointChanged(
                    id,
                    urls.get(0),
                    enabled ? "WEBHOOK_ENABLED" : "WEBHOOK_DISABLED",
                    admin,
                    remoteAddress,
                    clock.instant()));
        }
    }

    @Transactional(readOnly = true)
    List<Endpoint> endpoints() {
        return jdbc.query(
                "SELECT id, url, enabled, created_by, created_at FROM webhook_endpoint ORDER BY id",
                (row, n) -> new Endpoint(
                        row.getLong(1),
                        row.getString(2),
                        row.getBoolean(3),
                        row.getString(4),
                        row.getTimestamp(5).toInstant()));
    }

    /** The newest deliveries of every endpoint, newest first. */
    @Transactional(readOnly = true)
    List<Delivery> latestDeliveries(int limit) {
        return jdbc.query(
                "SELECT d.id, e.url, d.event_id, d.event_type, d.created_at, d.attempts, d.last_status, d.last_error,"
                        + " d.due_at, d.delivered_at, d.given_up_at FROM webhook_delivery d"
                        + " JOIN webhook_endpoint e ON e.id = d.endpoint_id ORDER BY d.id DESC LIMIT ?",
                (row, n) -> new Delivery(
                        row.getLong(1),
                        row.getString(2),
                        row.getObject(3).toString(),
                        row.getString(4),
                        instant(row.getTimestamp(5)),
                        row.getInt(6),
                        (Integer) row.getObject(7),
                        row.getString(8),
                        instant(row.getTimestamp(9)),
                        instant(row.getTimestamp(10)),
                        instant(row.getTimestamp(11))),
                limit);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
