package io.github.icegateportal.captcha;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Captcha settings beside {@code portal.captcha.enabled} (which is in the shared {@code PortalProperties}).
 *
 * @param lifetime how long a captcha can be answered
 * @param sweepInterval how often expired captchas are deleted
 */
@ConfigurationProperties("portal.captcha")
record CaptchaProperties(
        @DefaultValue("PT10M") Duration lifetime,
        @DefaultValue("PT5M") Duration sweepInterval) {}
