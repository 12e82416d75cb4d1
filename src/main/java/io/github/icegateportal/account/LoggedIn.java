package io.github.icegateportal.account;

import java.time.Instant;

/** A person logged in (after the OTP step where one was asked). */
public record LoggedIn(String icegateId, boolean withOtp, Instant occurredAt, String remoteAddress)
        implements AccountEvent {

    @Override
    public String actor() {
        return icegateId;
    }

    @Override
    public String action() {
        return "LOGIN";
    }

    @Override
    public String details() {
        return withOtp ? "password and OTP" : "password";
    }
}
