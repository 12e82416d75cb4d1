/**
 * Server-generated image captcha with an accessible question, single use, its state in the database (never in an
 * HTTP session). Controllers use {@link io.github.icegateportal.captcha.CaptchaService#addTo} and {@link
 * io.github.icegateportal.captcha.CaptchaService#validate}; templates include {@code fragments/captcha :: field}.
 */
@ApplicationModule(
        displayName = "Captcha",
        allowedDependencies = {})
package io.github.icegateportal.captcha;

import org.springframework.modulith.ApplicationModule;
