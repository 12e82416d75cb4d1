package io.github.icegateportal.webhook;

import io.github.icegateportal.shared.event.AuditableEvent;
import java.time.Instant;

/** An admin added, disabled or enabled a webhook endpoint (in the audit log; never the secret). */
public record WebhookEndpointChanged(
        long endpointId, String url, String action, String actor, String remoteAddress, Instant occurredAt)
        implements AuditableEvent {

    @Override
    public String subject() {
        return "webhook " + endpointId;
    }

    @Override
    public String details() {
        return url;
    }
}
