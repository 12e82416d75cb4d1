package io.github.icegateportal.admin;

import jakarta.validation.constraints.Size;

/** One IEC to send a temporary password for; without a GSTIN, the holder's first active GSTIN is used. */
record TemporaryPasswordForm(
        @Size(max = 20) String iec, @Size(max = 20) String gstin) {

    static TemporaryPasswordForm empty() {
        return new TemporaryPasswordForm("", "");
    }
}
