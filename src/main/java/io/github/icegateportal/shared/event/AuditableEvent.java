package io.github.icegateportal.shared.event;

import java.time.Instant;

/**
 * A domain event the audit log records. Every module's events that change a registration or an account, every
 * admin action and every login implement it, so the admin module's audit log listens to this one type and
 * knows no other module's events.
 */
public interface AuditableEvent {

    /** When it happened, from the injected clock. */
    Instant occurredAt();

    /** Who did it: an ICEGATE ID, an admin's user name, {@code "anonymous"} or {@code "system"}. */
    String actor();

    /** The client address the request came from, or null for scheduled work. */
    String remoteAddress();

    /** What it happened to, for example {@code "registration 7KX2-..."}, {@code "account ABCEXPORTS"}, {@code "IEC AADCK8350R"}. */
    String subject();

    /** A short upper-case name of the action, for example {@code REGISTRATION_SUBMITTED}. */
    String action();

    /** What changed, in words (never a password, OTP or token). */
    String details();
}
