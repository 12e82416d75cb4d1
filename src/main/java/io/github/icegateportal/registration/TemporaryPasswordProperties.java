package io.github.icegateportal.registration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param lifetime how long a temporary password works ({@code portal.temporary-password.lifetime}, 7 days) */
@ConfigurationProperties("portal.temporary-password")
record TemporaryPasswordProperties(@DefaultValue("P7D") Duration lifetime) {}
