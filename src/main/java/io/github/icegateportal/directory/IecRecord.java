package io.github.icegateportal.directory;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import io.github.icegateportal.shared.field.PanHolderType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An IEC as DGFT records it. The email and mobile are the ones registered at DGFT (Route B compares against them),
 * not the ones given at GST registration.
 *
 * @param entityType the holder type that the PAN's 4th letter states
 * @param signatories the proprietor, partners, directors or authorised signatories, in DGFT's order
 */
public record IecRecord(
        Iec iec,
        Pan pan,
        String firmName,
        PanHolderType entityType,
        EmailAddress email,
        MobileNumber mobile,
        String address,
        IecStatus status,
        LocalDate lastUpdated,
        List<Signatory> signatories) {

    public IecRecord {
        Objects.requireNonNull(iec, "iec");
        Objects.requireNonNull(pan, "pan");
        Objects.requireNonNull(status, "status");
        signatories = List.copyOf(signatories);
    }

    public boolean isActive() {
        return this.status == IecStatus.ACTIVE;
    }

    /** A legacy IEC is 10 digits and differs from its holder's PAN; every newer IEC equals the PAN. */
    public boolean isLegacy() {
        return !this.iec.value().equals(this.pan.value());
    }
}
