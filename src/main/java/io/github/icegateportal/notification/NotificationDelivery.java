package io.github.icegateportal.notification;

import io.github.icegateportal.shared.field.MobileNumber;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands messages to the SMTP server (Spring Mail, when {@code spring.mail.host} is set) or the {@link SmsGateway},
 * and records the outcome in transactions of its own, so a failure never touches the caller's transaction.
 */
@Component
class NotificationDelivery implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

    private final NotificationRepository repository;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final SmsGateway smsGateway;
    private final NotificationProperties properties;
    private final boolean keepBodies;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    NotificationDelivery(
            NotificationRepository repository,
            PlatformTransactionManager transactionManager,
            ObjectProvider<JavaMailSender> mailSender,
            SmsGateway smsGateway,
            NotificationProperties properties,
            ObjectProvider<KeepDeliveredBodies> keepBodies,
            Clock clock,
            MeterRegistry meters) {
        this.repository = repository;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.mailSender = mailSender;
        this.smsGateway = smsGateway;
        this.properties = properties;
        this.keepBodies = keepBodies.getIfAvailable() != null;
        this.clock = clock;
        this.meters = meters;
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(10_000);
        executor.setThreadNamePrefix("notification-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
    }

    /** The first attempt, once the caller's transaction has committed (never if it rolls back). */
    void deliverAfterCommit(long id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            submit(id);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                submit(id);
            }
        });
    }

    private void submit(long id) {
        if (!properties.asyncDelivery()) {
            deliverNew(id);
            return;
        }
        try {
            executor.execute(() -> deliverNew(id));
        } catch (TaskRejectedException e) {
            log.warn("Notification {} queued for the retry job: the delivery queue is full", id);
        }
    }

    /**
     * The first attempt claims the message as a retry does: one that starts after its lease (a long delivery queue)
     * would otherwise be sent by the retry job too while this attempt is under way.
     */
    private void deliverNew(long id) {
        claimAndSend(id, Notification::untouched);
    }

    /**
     * An attempt by the retry job: claims the message if it is still due (so no other attempt runs on it for the
     * lease), then sends it.
     */
    void retry(long id) {
        claimAndSend(id, notification -> notification.isDue(clock.instant()));
    }

    /** Claims the message for the lease if it is {@code ready}, then sends it; another attempt's claim wins. */
    private void claimAndSend(long id, Predicate<Notification> ready) {
        Notification claimed;
        try {
            claimed = transactions.execute(status -> repository
                    .findById(id)
                    .filter(ready)
                    .map(notification -> {
                        notification.claim(clock.instant(), properties.deliveryLease());
                        return repository.saveAndFlush(notification);
                    })
                    .orElse(null));
        } catch (OptimisticLockingFailureException e) {
            return;
        }
        if (claimed != null) {
            send(claimed);
        }
    }

    private void send(Notification notification) {
        try {
            switch (notification.channel()) {
                case EMAIL -> sendEmail(notification);
                case SMS -> smsGateway.send(new MobileNumber(notification.recipient()), notification.body());
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Notification {} ({}) not delivered, will retry: {}",
                    notification.id(),
                    notification.channel(),
                    e.toString());
            count(notification, "failed");
            update(
                    notification,
                    failed -> failed.failed(
                            clock.instant(), e.toString(), properties.retryBackoff(), properties.retryMaxBackoff()));
            return;
        }
        update(notification, sent -> sent.delivered(clock.instant(), keepBodies));
    }

    private void sendEmail(Notification notification) {
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.debug(
                    "Email {} not sent: no SMTP server is configured (spring.mail.host); the demo outbox shows it",
                    notification.id());
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(notification.recipient());
        message.setSubject(notification.subject());
        message.setText(notification.body());
        sender.send(message);
    }

    /** Delivery attempts by channel and outcome, for operators: a rising "failed" count means SMTP or SMS is down. */
    private void count(Notification notification, String outcome) {
        meters.counter(
                        "portal.notifications.attempts",
                        "channel",
                        notification.channel().name(),
                        "outcome",
                        outcome)
                .increment();
    }

    /** Records an outcome, unless someone else changed the message in the meantime. */
    private void update(Notification attempted, Consumer<Notification> change) {
        try {
            transactions.executeWithoutResult(status -> repository
                    .findById(attempted.id())
                    .filter(current -> current.version() == attempted.version())
                    .ifPresent(change));
        } catch (OptimisticLockingFailureException e) {
            log.warn("Notification {} changed while it was being delivered", attempted.id());
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
