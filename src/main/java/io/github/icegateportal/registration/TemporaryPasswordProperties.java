package io.github.icegateportal.registration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param lifetime how long a temporary password works ({@code portal.temporary-password.lifetime}, 7 days)
 * @param retention how long the digest of an expired temporary password is kept before the sweep deletes it
 * @param sweepInterval how often that sweep runs
 */
@ConfigurationProperties("portal.temporary-password")
record TemporaryPasswordProperties(
        @DefaultValue("P7D") Duration lifetime,
        @DefaultValue("P1D") Duration retention,
        @DefaultValue("PT1H") Duration sweepInterval) {}
