package io.github.icegateportal.registration;

import io.github.icegateportal.shared.event.AuditableEvent;
import io.github.icegateportal.shared.field.Iec;
import java.time.Instant;

/**
 * Something that happened to a registration. Every registration event is auditable; listeners (notifications, the
 * admin audit log) receive them after the step's transaction commits.
 */
public interface RegistrationEvent extends AuditableEvent {

    String referenceNumber();

    RegistrationRoute route();

    Iec iec();

    /** Who asked for the step, from where and when. */
    Origin origin();

    @Override
    default Instant occurredAt() {
        return origin().at();
    }

    @Override
    default String actor() {
        return origin().actor();
    }

    @Override
    default String remoteAddress() {
        return origin().remoteAddress();
    }

    @Override
    default String subject() {
        return "registration " + referenceNumber();
    }
}
