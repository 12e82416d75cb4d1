package io.github.icegateportal.account;

import java.time.Instant;

/** A DSC account's activation link was used: the account may log in. */
public record AccountActivated(String icegateId, String iec, Instant occurredAt) implements AccountEvent {

    @Override
    public String actor() {
        return icegateId;
    }

    @Override
    public String remoteAddress() {
        return null;
    }

    @Override
    public String action() {
        return "ACCOUNT_ACTIVATED";
    }

    @Override
    public String details() {
        return "IEC " + iec;
    }
}
