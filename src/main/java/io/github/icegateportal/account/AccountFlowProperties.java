package io.github.icegateportal.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Housekeeping of the account flows' rows.
 *
 * @param retention how long login OTP steps, password resets and contact changes are kept after they expired, and
 *     failed-login counters after they stopped counting (none of them is of use after that)
 * @param sweepInterval how often the sweep runs (once across instances)
 */
@ConfigurationProperties("portal.account")
record AccountFlowProperties(
        @DefaultValue("P1D") Duration retention,
        @DefaultValue("PT1H") Duration sweepInterval) {}
