package io.github.icegateportal.notification;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Retries messages whose delivery failed (or never happened), on one instance at a time. */
@Component
class NotificationRetryJob {

    private final NotificationRepository repository;
    private final NotificationDelivery delivery;
    private final NotificationProperties properties;
    private final Clock clock;

    NotificationRetryJob(
            NotificationRepository repository,
            NotificationDelivery delivery,
            NotificationProperties properties,
            Clock clock) {
        this.repository = repository;
        this.delivery = delivery;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${portal.notification.retry-interval:PT1M}",
            initialDelayString = "${portal.notification.retry-interval:PT1M}")
    @SchedulerLock(name = "notification-retry", lockAtMostFor = "PT10M")
    public void retryDueMessages() {
        var due = repository.findDue(DeliveryStatus.PENDING, clock.instant(), Limit.of(properties.retryBatchSize()));
        due.forEach(delivery::retry);
    }
}
