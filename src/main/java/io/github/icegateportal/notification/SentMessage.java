package io.github.icegateportal.notification;

import java.time.Instant;

/**
 * A message the portal recorded, as {@link SentMessages} reads it.
 *
 * @param channel {@code EMAIL} or {@code SMS}
 * @param subject null for an SMS
 * @param body null once delivered, unless {@link KeepDeliveredBodies} keeps it
 * @param delivered handed to the SMTP server or the SMS gateway
 * @param failedAttempts deliveries tried and failed so far
 */
public record SentMessage(
        String channel,
        String recipient,
        String subject,
        String body,
        Instant sentAt,
        boolean delivered,
        int failedAttempts) {

    static SentMessage of(Notification notification) {
        return new SentMessage(
                notification.channel().name(),
                notification.recipient(),
                notification.subject(),
                notification.body(),
                notification.createdAt(),
                notification.status() == DeliveryStatus.SENT,
                notification.attempts());
    }
}
