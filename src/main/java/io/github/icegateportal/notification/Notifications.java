package io.github.icegateportal.notification;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.MobileNumber;
import java.time.Clock;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends an email or an SMS. The message is written to the notification table in the caller's transaction, so it
 * is there (in the demo outbox too) when the page that follows is shown, and it is gone if that transaction rolls
 * back. Delivery happens after commit; a failed delivery stays pending and is retried by {@link
 * NotificationRetryJob}, never rolling back the caller's work. Callers render the text themselves (their own
 * message keys).
 */
@Service
public class Notifications {

    private final NotificationRepository repository;
    private final NotificationDelivery delivery;
    private final NotificationProperties properties;
    private final Clock clock;

    Notifications(
            NotificationRepository repository,
            NotificationDelivery delivery,
            NotificationProperties properties,
            Clock clock) {
        this.repository = repository;
        this.delivery = delivery;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void email(EmailAddress to, String subject, String body) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        record(Channel.EMAIL, to.value(), subject, Objects.requireNonNull(body, "body"));
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void sms(MobileNumber to, String text) {
        Objects.requireNonNull(to, "to");
        record(Channel.SMS, to.value(), null, Objects.requireNonNull(text, "text"));
    }

    private void record(Channel channel, String recipient, String subject, String body) {
        var notification = repository.save(
                Notification.pending(channel, recipient, subject, body, clock.instant(), properties.deliveryLease()));
        delivery.deliverAfterCommit(notification.id());
    }
}
