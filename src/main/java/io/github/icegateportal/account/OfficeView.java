package io.github.icegateportal.account;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import java.util.List;

/**
 * An issuing office as other modules see it: its account (name, ICEGATE ID, status, contacts), its city and the
 * signatories whose Class III DSC signs its certificates.
 */
public record OfficeView(
        long id,
        IcegateId icegateId,
        String name,
        String city,
        AccountStatus status,
        EmailAddress email,
        MobileNumber mobile,
        List<Signatory> signatories) {

    /** A person who signs the office's certificates. */
    public record Signatory(long id, String name, Pan pan, String designation) {}

    public boolean active() {
        return status == AccountStatus.ACTIVE;
    }

    /** Whether a certificate holder's name and PAN are those of one of the signatories (name without regard to case). */
    public boolean hasSignatory(String holderName, Pan pan) {
        return signatories.stream()
                .anyMatch(signatory ->
                        signatory.pan().equals(pan) && signatory.name().equalsIgnoreCase(holderName.strip()));
    }
}
