package io.github.icegateportal.site;

import io.github.icegateportal.otp.OtpProperties;
import io.github.icegateportal.registration.TemporaryPasswords;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The public pages' texts that state a switch's value ("valid for 2 hours", "5 wrong tries", "up to 3 times", "valid
 * for 7 days"): they take the settings as arguments, so the guides never say what the portal does not do. The same
 * arguments for each of them: {0} the OTP lifetime in hours ({@code portal.otp.lifetime}), {1} the wrong tries per
 * code ({@code portal.otp.max-attempts}), {2} the resends ({@code portal.otp.max-resends}), {3} the temporary
 * password's lifetime in days ({@code portal.temporary-password.lifetime}), {4} the minutes between two resends
 * ({@code portal.otp.resend-interval}). Every other text is shown as written (no arguments, so no MessageFormat).
 */
@Component
class SwitchedTexts {

    static final Set<String> KEYS = Set.of(
            "site.link.resume.description",
            "guide.registration-advisory.cases.p1",
            "guide.simplified-registration.temporaryPassword.p1",
            "guide.simplified-registration.otps.p2",
            "guide.simplified-registration.otps.p3",
            "guide.simplified-registration.resume.p2",
            "guide.iec-registration-with-dsc.otps.p1",
            "guide.common-problems.otpExpired.p1",
            "guide.common-problems.otpTries.p1");

    private static final Object[] NONE = {};

    private final Object[] arguments;

    SwitchedTexts(OtpProperties otp, TemporaryPasswords temporaryPasswords) {
        this.arguments = new Object[] {
            otp.lifetime().toHours(),
            otp.maxAttempts(),
            otp.maxResends(),
            temporaryPasswords.lifetime().toDays(),
            otp.resendInterval().toMinutes()
        };
    }

    /** The arguments of {@code key}'s text: the settings for a switched text, none for any other. */
    public Object[] argumentsFor(String key) {
        return KEYS.contains(key) ? arguments.clone() : NONE;
    }
}
