package io.github.icegateportal.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login switches.
 *
 * @param otp {@code account}: the OTP step only for accounts that switched it on; {@code always}: for every login
 * @param maxFailures failed logins in a row (within {@code lockout}) that lock an ID or IEC out
 * @param lockout how long a lock-out lasts
 * @param attemptsPerMinute login, forgot-password and enquiry attempts allowed per client address per minute
 */
@ConfigurationProperties("portal.login")
record LoginProperties(
        @DefaultValue("account") OtpMode otp,
        @DefaultValue("5") int maxFailures,
        @DefaultValue("PT15M") Duration lockout,
        @DefaultValue("30") int attemptsPerMinute) {

    enum OtpMode {
        ACCOUNT,
        ALWAYS
    }
}
