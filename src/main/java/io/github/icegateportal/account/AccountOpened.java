package io.github.icegateportal.account;

import java.time.Instant;

/** A registration completed and its account exists (active for the simplified route, pending activation for DSC). */
public record AccountOpened(
        String icegateId,
        String iec,
        AccountRoute route,
        AccountStatus status,
        Instant occurredAt,
        String remoteAddress)
        implements AccountEvent {

    @Override
    public String actor() {
        return icegateId;
    }

    @Override
    public String action() {
        return "ACCOUNT_OPENED";
    }

    @Override
    public String details() {
        return "IEC " + iec + ", route " + route + ", status " + status;
    }
}
