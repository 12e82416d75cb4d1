package io.github.icegateportal.directory;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import java.util.Objects;

/**
 * A GST registration as GSTN records it. The email and mobile are the ones given at GST registration: the
 * simplified route (Route A) sends the temporary password and fills the contacts from them.
 *
 * @param pan the PAN embedded in the GSTIN
 * @param state the English name of the GSTIN's state or territory
 */
public record GstRegistration(
        Gstin gstin,
        Pan pan,
        String legalName,
        String state,
        EmailAddress email,
        MobileNumber mobile,
        GstStatus status) {

    public GstRegistration {
        Objects.requireNonNull(gstin, "gstin");
        Objects.requireNonNull(pan, "pan");
        Objects.requireNonNull(status, "status");
    }

    public boolean isActive() {
        return this.status == GstStatus.ACTIVE;
    }
}
