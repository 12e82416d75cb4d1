package io.github.icegateportal.admin;

import jakarta.validation.constraints.Size;

/** A correction of one GSTN registration; a blank field is left as it is. */
record GstCorrectionForm(
        @Size(max = 20) String gstin,
        String status,
        @Size(max = 100) String email,
        @Size(max = 20) String mobile,

        @Size(max = 200, message = "{admin.tools.nameTooLong}")
        String legalName) {

    static GstCorrectionForm empty() {
        return new GstCorrectionForm("", "", "", "", "");
    }
}
