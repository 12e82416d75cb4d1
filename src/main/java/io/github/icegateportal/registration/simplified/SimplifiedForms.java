package io.github.icegateportal.registration.simplified;

import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.shared.field.EmailOtp;
import io.github.icegateportal.shared.field.MobileOtp;
import io.github.icegateportal.shared.field.PasswordPolicy;
import io.github.icegateportal.shared.field.ValidEmail;
import io.github.icegateportal.shared.field.ValidGstin;
import io.github.icegateportal.shared.field.ValidIcegateId;
import io.github.icegateportal.shared.field.ValidIec;
import io.github.icegateportal.shared.field.ValidMobile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.validation.Errors;

/** The forms of the simplified registration, with the spec's field names. */
public final class SimplifiedForms {

    private SimplifiedForms() {}

    /** Step 2, "Auto IEC Registration": format errors and a permanent IEC are told at once, next to the field. */
    public record DetailsForm(
            @NotBlank(message = "{field.iec.required}") @ValidIec
            String iec,

            @NotBlank(message = "{field.gstin.required}") @ValidGstin
            String gstin,

            @NotBlank(message = "{registration.simplified.password.required}")
            @Size(max = 64, message = "{registration.simplified.password.required}")
            String password,

            String captcha,
            UUID captchaId) {

        static DetailsForm empty() {
            return filledIn("", "");
        }

        /** The first screen with the IEC and GSTIN a temporary password was just asked for. */
        static DetailsForm filledIn(String iec, String gstin) {
            return new DetailsForm(iec, gstin, "", "", null);
        }
    }

    /** The public form that sends (again) a temporary password to the GSTN contacts. */
    public record TemporaryPasswordForm(
            @NotBlank(message = "{field.iec.required}") @ValidIec
            String iec,

            @NotBlank(message = "{field.gstin.required}") @ValidGstin
            String gstin,

            String captcha,
            UUID captchaId) {

        static TemporaryPasswordForm empty() {
            return new TemporaryPasswordForm("", "", "", null);
        }
    }

    /** Step 3: the ID and password; email and mobile are shown from GSTN, not taken from the form. */
    public record IcegateIdForm(
            @NotBlank(message = "{field.icegateId.required}") @ValidIcegateId
            String icegateId,

            String email,
            String mobile,

            @NotBlank(message = "{field.password.required}") @Size(max = 200, message = "{field.password.tooLong}")
            String newPassword,

            @NotBlank(message = "{registration.simplified.confirmPassword.required}") @Size(max = 200)
            String confirmPassword) {

        /** An empty form showing the contacts from GSTN, which the account gets. */
        static IcegateIdForm showing(Registration registration) {
            return new IcegateIdForm(
                    "", registration.email().value(), registration.mobile().value(), "", "");
        }

        /**
         * After the annotations' checks: the password policy, whose rules include the chosen ID, and the
         * confirmation.
         */
        void checkPassword(Errors errors) {
            if (!errors.hasFieldErrors("newPassword")) {
                PasswordPolicy.violations(this.newPassword, this.icegateId)
                        .forEach(key -> errors.rejectValue("newPassword", key, key));
            }
            if (!errors.hasFieldErrors("confirmPassword")
                    && this.newPassword != null
                    && !this.newPassword.equals(this.confirmPassword)) {
                errors.rejectValue(
                        "confirmPassword",
                        "registration.simplified.confirmPassword.different",
                        "registration.simplified.confirmPassword.different");
            }
        }
    }

    /** Steps 4 and 5: both OTPs are required. */
    public record OtpForm(
            @MobileOtp String mobileOtp, @EmailOtp String emailOtp) {

        static OtpForm empty() {
            return new OtpForm("", "");
        }
    }

    /** Case 1.2: both alternate contacts are mandatory. */
    public record AlternateContactsForm(
            @NotBlank(message = "{field.email.required}") @ValidEmail
            String alternateEmail,

            @NotBlank(message = "{field.mobile.required}") @ValidMobile
            String alternateMobile) {

        static AlternateContactsForm empty() {
            return new AlternateContactsForm("", "");
        }
    }

    /** Case 1.2: both alternate OTPs are mandatory. */
    public record AlternateOtpForm(
            @MobileOtp String alternateMobileOtp, @EmailOtp String alternateEmailOtp) {

        static AlternateOtpForm empty() {
            return new AlternateOtpForm("", "");
        }
    }

    /** Case 2: IEC, GSTIN and the OTPs already received. */
    public record ResumeForm(
            @NotBlank(message = "{field.iec.required}") @ValidIec
            String iec,

            @NotBlank(message = "{field.gstin.required}") @ValidGstin
            String gstin,

            @MobileOtp String mobileOtp,

            @EmailOtp String emailOtp) {

        static ResumeForm empty() {
            return new ResumeForm("", "", "", "");
        }
    }
}
