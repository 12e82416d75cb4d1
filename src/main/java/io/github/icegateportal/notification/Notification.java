package io.github.icegateportal.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** One email or SMS: what was sent to whom, and where its delivery stands. */
@Entity
@Table(name = "notification")
class Notification {

    private static final int MAX_ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String recipient;

    private String subject;

    private String body;

    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;

    private int attempts;

    private Instant nextAttemptAt;

    private Instant deliveredAt;

    private String lastError;

    @Version
    private long version;

    protected Notification() {}

    /**
     * A message not yet delivered. The instance that records it delivers it after commit; the retry job leaves it
     * alone for {@code lease}, and picks it up after that only if that first attempt never happened (a crash).
     */
    static Notification pending(
            Channel channel, String recipient, String subject, String body, Instant now, Duration lease) {
        var notification = new Notification();
        notification.channel = channel;
        notification.recipient = recipient;
        notification.subject = subject;
        notification.body = body;
        notification.createdAt = now;
        notification.status = DeliveryStatus.PENDING;
        notification.nextAttemptAt = now.plus(lease);
        return notification;
    }

    /** Nobody has tried to deliver it yet: the first attempt, after commit, is still to come. */
    boolean untouched() {
        return status == DeliveryStatus.PENDING && version == 0 && attempts == 0;
    }

    boolean isDue(Instant now) {
        return status == DeliveryStatus.PENDING && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    /** Keeps other attempts away while this one is in progress. */
    void claim(Instant now, Duration lease) {
        nextAttemptAt = now.plus(lease);
    }

    /** Delivered; the body is erased unless {@code keepBody} ({@link KeepDeliveredBodies}): it can hold an OTP or a temporary password. */
    void delivered(Instant now, boolean keepBody) {
        status = DeliveryStatus.SENT;
        deliveredAt = now;
        nextAttemptAt = null;
        lastError = null;
        if (!keepBody) {
            body = null;
        }
    }

    /** Not delivered: try again after a wait that doubles with every failure, up to {@code maxBackoff}. */
    void failed(Instant now, String error, Duration backoff, Duration maxBackoff) {
        attempts++;
        lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        nextAttemptAt = now.plus(backoff(attempts, backoff, maxBackoff));
    }

    static Duration backoff(int failures, Duration first, Duration max) {
        var wait = first.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    Long id() {
        return id;
    }

    Channel channel() {
        return channel;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    Instant createdAt() {
        return createdAt;
    }

    DeliveryStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    Instant deliveredAt() {
        return deliveredAt;
    }

    String lastError() {
        return lastError;
    }

    long version() {
        return version;
    }
}
