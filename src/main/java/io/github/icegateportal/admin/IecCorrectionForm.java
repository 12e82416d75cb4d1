package io.github.icegateportal.admin;

import jakarta.validation.constraints.Size;

/** A correction of one DGFT record; a blank field is left as it is. */
record IecCorrectionForm(
        @Size(max = 20) String iec,
        String status,
        @Size(max = 100) String email,
        @Size(max = 20) String mobile,

        @Size(max = 500, message = "{admin.tools.addressTooLong}")
        String address,

        @Size(max = 200, message = "{admin.tools.nameTooLong}")
        String firmName) {

    static IecCorrectionForm empty() {
        return new IecCorrectionForm("", "", "", "", "", "");
    }
}
