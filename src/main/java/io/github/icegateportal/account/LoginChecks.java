package io.github.icegateportal.account;

import io.github.icegateportal.shared.field.Iec;
import java.util.Optional;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** The login's checks that other modules answer: the captcha, the IEC's standing at DGFT, the OTP step. */
interface LoginChecks {

    /** Whether the captcha answer is right (always true while captchas are switched off). Spends the captcha. */
    boolean captchaPasses(String captchaId, String answer);

    /** The same check for a form: a missing or wrong answer becomes an error on the field {@code captcha}. */
    void validateCaptcha(String captchaId, String answer, BindingResult result);

    /** The IEC's status at DGFT when it is not active (for example {@code SUSPENDED}); empty when it is active. */
    Optional<String> iecNotActive(Iec iec);

    /** Puts a new captcha into the model of a form page (nothing while captchas are switched off). */
    void addCaptcha(Model model);

    /** Sends OTPs to the account's registered contacts and returns the OTP step's id. */
    UUID startOtpStep(Account account, String remoteAddress);
}
