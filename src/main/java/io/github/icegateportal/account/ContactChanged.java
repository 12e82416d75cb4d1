package io.github.icegateportal.account;

import java.time.Instant;

/**
 * The registered email or mobile changed, after an OTP to the new contact.
 *
 * @param channel {@code EMAIL} or {@code MOBILE}
 * @param oldContact the previous contact, masked
 * @param newContact the new contact, masked
 */
public record ContactChanged(
        String icegateId,
        String channel,
        String oldContact,
        String newContact,
        Instant occurredAt,
        String remoteAddress)
        implements AccountEvent {

    @Override
    public String actor() {
        return icegateId;
    }

    @Override
    public String action() {
        return "EMAIL".equals(channel) ? "EMAIL_CHANGED" : "MOBILE_CHANGED";
    }

    @Override
    public String details() {
        return channel.toLowerCase(java.util.Locale.ROOT) + " " + oldContact + " -> " + newContact;
    }
}
