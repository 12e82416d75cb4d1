package io.github.icegateportal.webhook;

import io.github.icegateportal.account.AccountActivated;
import io.github.icegateportal.account.AccountOpened;
import io.github.icegateportal.directory.IecRecordCorrected;
import io.github.icegateportal.registration.RegistrationEvent;
import io.github.icegateportal.registration.RegistrationRejected;
import io.github.icegateportal.registration.RegistrationStepTaken;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one delivery row per enabled endpoint for each event an integrator cares about, inside the transaction that
 * publishes the event (a plain, synchronous listener): a step that commits has its deliveries, and a step that rolls
 * back has none. The event gets one id, the same in every endpoint's row, which receivers use to drop repeats.
 *
 * <p>What is sent: every registration event but the intermediate steps ({@code registration.submitted},
 * {@code .approved}, {@code .rejected}, {@code .activated}, {@code .completed}, {@code .started}, {@code .expired},
 * {@code .abandoned}), {@code account.opened}, {@code account.activated} and {@code dgft.iec-changed}. Never a client
 * address, a password, an OTP or a link.
 */
@Component
class WebhookEvents {

    private static final String INSERT = "INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, payload,"
            + " created_at, due_at, attempts) SELECT id, ?, ?, ?, ?, ?, 0 FROM webhook_endpoint WHERE enabled = TRUE";

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;

    WebhookEvents(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(RegistrationEvent event) {
        if (event instanceof RegistrationStepTaken) {
            return;
        }
        var data = new LinkedHashMap<String, Object>();
        data.put("referenceNumber", event.referenceNumber());
        data.put("route", event.route().name());
        data.put("iec", event.iec().value());
        if (event instanceof RegistrationRejected rejected) {
            data.put("reason", rejected.reason());
        }
        String name = event.action().replaceFirst("^REGISTRATION_", "").toLowerCase(Locale.ROOT);
        write("registration." + name, event.occurredAt(), data);
    }

    @EventListener
    void on(AccountOpened event) {
        write(
                "account.opened",
                event.occurredAt(),
                Map.of(
                        "icegateId", event.icegateId(),
                        "iec", event.iec(),
                        "route", event.route().name(),
                        "status", event.status().name()));
    }

    @EventListener
    void on(AccountActivated event) {
        write("account.activated", event.occurredAt(), Map.of("icegateId", event.icegateId(), "iec", event.iec()));
    }

    @EventListener
    void on(IecRecordCorrected event) {
        write(
                "dgft.iec-changed",
                event.occurredAt(),
                Map.of("iec", event.after().iec().value(), "changes", event.details()));
    }

    private void write(String type, Instant occurredAt, Map<String, Object> data) {
        UUID id = UUID.randomUUID();
        var payload = new LinkedHashMap<String, Object>();
        payload.put("id", id.toString());
        payload.put("type", type);
        payload.put("occurredAt", occurredAt.toString());
        payload.put("data", data);
        Instant now = clock.instant();
        jdbc.update(INSERT, id, type, json.writeValueAsString(payload), Timestamp.from(now), Timestamp.from(now));
    }
}
