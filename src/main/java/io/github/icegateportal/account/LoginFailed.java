package io.github.icegateportal.account;

import java.time.Instant;

/**
 * A login was refused.
 *
 * @param icegateId the account's ID when the name belongs to one, otherwise the name as typed (trimmed, at most 25
 *     characters)
 * @param reason for example {@code BAD_CREDENTIALS}, {@code LOCKED_OUT}, {@code INACTIVE}
 */
public record LoginFailed(String icegateId, String reason, Instant occurredAt, String remoteAddress)
        implements AccountEvent {

    @Override
    public String actor() {
        return "anonymous";
    }

    @Override
    public String action() {
        return "LOGIN_FAILED";
    }

    @Override
    public String details() {
        return reason;
    }
}
