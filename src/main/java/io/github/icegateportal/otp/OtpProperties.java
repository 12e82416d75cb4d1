package io.github.icegateportal.otp;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules for one-time codes ({@code portal.otp.*}).
 *
 * @param lifetime how long a pair of codes works after it was issued (seeds/002: 2 hours)
 * @param maxAttempts wrong tries allowed per code
 * @param maxResends resends allowed after the first codes
 * @param resendInterval the least time between two issues of codes for the same owner
 * @param retention how long expired or spent codes are kept before the sweep deletes them
 * @param sweepInterval how often the sweep runs
 */
@ConfigurationProperties("portal.otp")
public record OtpProperties(
        @DefaultValue("PT2H") Duration lifetime,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("3") int maxResends,
        @DefaultValue("PT1M") Duration resendInterval,
        @DefaultValue("P1D") Duration retention,
        @DefaultValue("PT1H") Duration sweepInterval) {}
