package io.github.icegateportal.admin;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Publishes what an admin did as an {@link AdminAction}, which the audit log records like any auditable event. */
@Component
class AdminAudit {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdminAudit(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Joins the caller's transaction (or starts one): the audit listener hears of it after commit, so an action
     * that is rolled back leaves no entry.
     */
    @Transactional
    void record(String actor, String remoteAddress, String subject, String action, String details) {
        events.publishEvent(new AdminAction(clock.instant(), actor, remoteAddress, subject, action, details));
    }
}
