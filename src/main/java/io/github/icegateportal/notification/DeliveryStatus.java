package io.github.icegateportal.notification;

enum DeliveryStatus {
    /** Recorded, not yet delivered (or its last attempt failed and a retry is due at {@code nextAttemptAt}). */
    PENDING,
    /** Handed to the SMTP server or the SMS gateway. */
    SENT
}
