package io.github.icegateportal.directory;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.MobileNumber;

/** A change GSTN makes to one registration; a null component is left as it is. */
public record GstCorrection(GstStatus status, EmailAddress email, MobileNumber mobile, String legalName) {

    public static GstCorrection status(GstStatus status) {
        return new GstCorrection(status, null, null, null);
    }

    public static GstCorrection contacts(EmailAddress email, MobileNumber mobile) {
        return new GstCorrection(null, email, mobile, null);
    }

    /** True when the correction leaves every component as it is. */
    public boolean isEmpty() {
        return this.status == null && this.email == null && this.mobile == null && this.legalName == null;
    }
}
