package io.github.icegateportal.account;

import java.time.Instant;

/** The account gained the right to file customs documents (a simplified account upgraded by the DSC route). */
public record FilingGranted(String icegateId, String iec, Instant occurredAt) implements AccountEvent {

    @Override
    public String actor() {
        return "system";
    }

    @Override
    public String remoteAddress() {
        return null;
    }

    @Override
    public String action() {
        return "FILING_GRANTED";
    }

    @Override
    public String details() {
        return "IEC " + iec + " upgraded to the DSC route";
    }
}
