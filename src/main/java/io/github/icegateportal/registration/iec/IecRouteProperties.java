package io.github.icegateportal.registration.iec;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the IEC-based registration ({@code portal.registration.*}).
 *
 * @param draftLifetime how long a registration in progress is kept after its last step (its OTPs are verified):
 *     the person may come back with the reference ID until then
 * @param activationLifetime how long an activation link works after approval; a new one can be requested
 */
@ConfigurationProperties("portal.registration")
record IecRouteProperties(
        @DefaultValue("P30D") Duration draftLifetime,
        @DefaultValue("P7D") Duration activationLifetime) {}
