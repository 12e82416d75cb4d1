package io.github.icegateportal.directory;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.MobileNumber;

/** A change DGFT makes to one IEC record; a null component is left as it is. */
public record IecCorrection(
        IecStatus status, EmailAddress email, MobileNumber mobile, String address, String firmName) {

    public static IecCorrection status(IecStatus status) {
        return new IecCorrection(status, null, null, null, null);
    }

    public static IecCorrection contacts(EmailAddress email, MobileNumber mobile) {
        return new IecCorrection(null, email, mobile, null, null);
    }

    /** True when the correction leaves every component as it is. */
    public boolean isEmpty() {
        return this.status == null
                && this.email == null
                && this.mobile == null
                && this.address == null
                && this.firmName == null;
    }
}
