package io.github.icegateportal.shared;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The switches every module may read. Module-specific settings (OTP, DSC, login) live in the module's own
 * properties class under the same {@code portal.} prefix.
 *
 * @param baseUrl where the portal is reached from outside: links in emails are built from it, never from
 *     the request's Host header
 */
@ConfigurationProperties("portal")
public record PortalProperties(
        @DefaultValue Demo demo,
        @DefaultValue Captcha captcha,
        @DefaultValue("http://localhost:8080") URI baseUrl) {

    /** @param enabled demo data, demo outbox, demo CA and token */
    public record Demo(@DefaultValue("true") boolean enabled) {}

    /** @param enabled false removes the captcha field from every form and ignores it (automated tests) */
    public record Captcha(@DefaultValue("true") boolean enabled) {}
}
