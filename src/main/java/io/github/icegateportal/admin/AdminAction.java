package io.github.icegateportal.admin;

import io.github.icegateportal.shared.event.AuditableEvent;
import java.time.Instant;

/**
 * Something an admin did (or tried: a failed admin login), published for the audit log like every other module's
 * auditable events.
 */
public record AdminAction(
        Instant occurredAt, String actor, String remoteAddress, String subject, String action, String details)
        implements AuditableEvent {}
