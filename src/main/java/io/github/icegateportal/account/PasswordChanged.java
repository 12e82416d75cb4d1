package io.github.icegateportal.account;

import java.time.Instant;

/** The password was changed by its holder, or reset through "forgot password" ({@code reset} true). */
public record PasswordChanged(String icegateId, boolean reset, Instant occurredAt, String remoteAddress)
        implements AccountEvent {

    @Override
    public String actor() {
        return icegateId;
    }

    @Override
    public String action() {
        return reset ? "PASSWORD_RESET" : "PASSWORD_CHANGED";
    }

    @Override
    public String details() {
        return reset ? "password reset with OTPs to the registered contacts" : "password changed; other sessions ended";
    }
}
