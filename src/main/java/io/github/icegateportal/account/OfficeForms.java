package io.github.icegateportal.account;

import io.github.icegateportal.shared.field.ValidEmail;
import io.github.icegateportal.shared.field.ValidIcegateId;
import io.github.icegateportal.shared.field.ValidMobile;
import io.github.icegateportal.shared.field.ValidPan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The admin's forms for issuing offices. */
final class OfficeForms {

    private OfficeForms() {}

    /** A new office with its first signatory. */
    record OfficeForm(
            @NotBlank(message = "{field.icegateId.required}") @ValidIcegateId
            String icegateId,

            @NotBlank(message = "{office.admin.name.required}")
            @Size(max = 200, message = "{office.admin.name.tooLong}")
            String name,

            @NotBlank(message = "{office.admin.city.required}")
            @Size(max = 100, message = "{office.admin.city.tooLong}")
            String city,

            @NotBlank(message = "{field.email.required}") @ValidEmail
            String email,

            @NotBlank(message = "{field.mobile.required}") @ValidMobile
            String mobile,

            @NotBlank(message = "{office.admin.signatoryName.required}")
            @Size(max = 100, message = "{office.admin.signatoryName.tooLong}")
            String signatoryName,

            @NotBlank(message = "{field.pan.required}") @ValidPan
            String signatoryPan,

            @NotBlank(message = "{office.admin.designation.required}")
            @Size(max = 100, message = "{office.admin.designation.tooLong}")
            String signatoryDesignation) {

        static OfficeForm empty() {
            return new OfficeForm("", "", "", "", "", "", "", "");
        }
    }

    /** One more signatory of an office. */
    record SignatoryForm(
            @NotBlank(message = "{office.admin.signatoryName.required}")
            @Size(max = 100, message = "{office.admin.signatoryName.tooLong}")
            String signatoryName,

            @NotBlank(message = "{field.pan.required}") @ValidPan
            String signatoryPan,

            @NotBlank(message = "{office.admin.designation.required}")
            @Size(max = 100, message = "{office.admin.designation.tooLong}")
            String signatoryDesignation) {

        static SignatoryForm empty() {
            return new SignatoryForm("", "", "");
        }
    }
}
