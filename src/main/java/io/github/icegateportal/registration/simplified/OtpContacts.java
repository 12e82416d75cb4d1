package io.github.icegateportal.registration.simplified;

import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.registration.simplified.SimplifiedForms.AlternateOtpForm;
import io.github.icegateportal.registration.simplified.SimplifiedForms.OtpForm;

/**
 * The contacts the OTPs of a step went to: the registered ones (steps 4 and 5) or the alternate ones (case 1.2). The
 * two OTP steps differ only in what this holds: the status they wait in, their page, the field names the spec gives
 * them, the message that the codes were sent, and the page that follows. Public for the template that reads it.
 */
public enum OtpContacts {
    REGISTERED(
            RegistrationStatus.OTP_SENT, "otp", "mobileOtp", "emailOtp", "registration.simplified.otpSent", "verified"),
    ALTERNATE(
            RegistrationStatus.ALTERNATE_OTP_SENT,
            "alternate-otp",
            "alternateMobileOtp",
            "alternateEmailOtp",
            "registration.simplified.alternateOtpSent",
            "done");

    private final RegistrationStatus status;

    private final String page;

    private final String mobileField;

    private final String emailField;

    private final String sentMessage;

    private final String next;

    OtpContacts(
            RegistrationStatus status,
            String page,
            String mobileField,
            String emailField,
            String sentMessage,
            String next) {
        this.status = status;
        this.page = page;
        this.mobileField = mobileField;
        this.emailField = emailField;
        this.sentMessage = sentMessage;
        this.next = next;
    }

    /** The contacts of the OTPs a registration in {@code status} waits for. */
    static OtpContacts of(RegistrationStatus status) {
        return status == RegistrationStatus.ALTERNATE_OTP_SENT ? ALTERNATE : REGISTERED;
    }

    public RegistrationStatus status() {
        return this.status;
    }

    /** The page under the registration's path, also where the form posts. */
    public String page() {
        return this.page;
    }

    public String mobileField() {
        return this.mobileField;
    }

    public String emailField() {
        return this.emailField;
    }

    /** The registered contacts' fields have every OTP step's labels; the alternate ones say "Alternate". */
    public String mobileLabel() {
        return this == REGISTERED ? "otp.mobile.label" : "registration.simplified.alternateMobileOtp";
    }

    public String emailLabel() {
        return this == REGISTERED ? "otp.email.label" : "registration.simplified.alternateEmailOtp";
    }

    public String sentMessage() {
        return this.sentMessage;
    }

    /** The page after both OTPs matched. */
    public String next() {
        return this.next;
    }

    /** The email address the codes of this step went to, for the demo outbox's filter. */
    public String email(Registration registration) {
        return (this == ALTERNATE ? registration.accountEmail() : registration.email()).value();
    }

    /** The mobile number the codes of this step went to, for the demo outbox's filter. */
    public String mobile(Registration registration) {
        return (this == ALTERNATE ? registration.accountMobile() : registration.mobile()).value();
    }

    Object emptyForm() {
        return switch (this) {
            case REGISTERED -> OtpForm.empty();
            case ALTERNATE -> AlternateOtpForm.empty();
        };
    }
}
