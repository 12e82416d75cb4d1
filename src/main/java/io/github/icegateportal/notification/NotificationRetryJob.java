package io.github.icegateportal.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Retries messages whose delivery failed (or never happened), on one instance at a time. */
@Component
class NotificationRetryJob {

    private static final Duration RUN_BUDGET = Duration.ofMinutes(5);

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

    /** {@link #retryDueMessages} on the schedule, on one instance: the lock stays taken for most of the interval. */
    @Scheduled(
            fixedDelayString = "${portal.notification.retry-interval:PT1M}",
            initialDelayString = "${portal.notification.retry-interval:PT1M}")
    @SchedulerLock(name = "notification-retry", lockAtMostFor = "PT10M", lockAtLeastFor = "PT50S")
    void onSchedule() {
        retryDueMessages();
    }

    public void retryDueMessages() {
        // Batch after batch while full ones come back (a bulk run can leave thousands due), within a time budget
        // well inside the lock's lifetime.
        long deadline = System.nanoTime() + RUN_BUDGET.toNanos();
        List<Long> due;
        do {
            due = repository.findDue(DeliveryStatus.PENDING, clock.instant(), Limit.of(properties.retryBatchSize()));
            due.forEach(delivery::retry);
        } while (due.size() == properties.retryBatchSize() && System.nanoTime() < deadline);
    }
}
