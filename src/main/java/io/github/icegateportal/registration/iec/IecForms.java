package io.github.icegateportal.registration.iec;

import io.github.icegateportal.shared.field.EmailOtp;
import io.github.icegateportal.shared.field.MobileOtp;
import io.github.icegateportal.shared.field.ValidEmail;
import io.github.icegateportal.shared.field.ValidIcegateId;
import io.github.icegateportal.shared.field.ValidIec;
import io.github.icegateportal.shared.field.ValidMobile;
import io.github.icegateportal.shared.field.ValidPan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The forms of the IEC-based registration, bound from the form fields the spec names. */
final class IecForms {

    private IecForms() {}

    /** Step 2: the four details DGFT must hold for the IEC. */
    record IecDetailsForm(
            @NotBlank(message = "{field.iec.required}") @ValidIec
            String iec,

            @NotBlank(message = "{field.pan.required}") @ValidPan
            String pan,

            @NotBlank(message = "{field.email.required}") @ValidEmail
            String email,

            @NotBlank(message = "{field.mobile.required}") @ValidMobile
            String mobile) {

        static IecDetailsForm empty() {
            return new IecDetailsForm("", "", "", "");
        }
    }

    /** Step 3, and continuing: both OTPs are required. */
    record OtpForm(@MobileOtp String mobileOtp, @EmailOtp String emailOtp) {

        static OtpForm empty() {
            return new OtpForm("", "");
        }
    }

    /** Continue using the reference ID. */
    record ReferenceForm(
            @NotBlank(message = "{registration.iec.reference.required}")
            @Size(max = 20, message = "{registration.iec.reference.format}")
            String referenceNumber) {

        static ReferenceForm empty() {
            return new ReferenceForm("");
        }
    }

    /** Continue: the reference ID again (hidden) with the OTPs sent to its registered contacts. */
    record ContinueOtpForm(
            @NotBlank(message = "{registration.iec.reference.required}")
            @Size(max = 20, message = "{registration.iec.reference.format}")
            String referenceNumber,

            @MobileOtp String mobileOtp,

            @EmailOtp String emailOtp) {}

    /** Step 6: the ICEGATE ID and the password (an upgrade posts neither). */
    record IcegateIdForm(
            @ValidIcegateId String icegateId,

            @Size(max = 200, message = "{field.password.tooLong}")
            String newPassword,

            @Size(max = 200, message = "{field.password.tooLong}")
            String confirmPassword) {

        static IcegateIdForm empty() {
            return new IcegateIdForm("", "", "");
        }
    }
}
