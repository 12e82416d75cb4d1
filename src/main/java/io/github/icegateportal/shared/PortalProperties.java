package io.github.icegateportal.shared;

import java.net.URI;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The switches every module may read. Module-specific settings (OTP, DSC, login) live in the module's own
 * properties class under the same {@code portal.} prefix. {@code portal.demo.enabled} is read by no module: it
 * switches the demo module on or off as a whole ({@code demo.DemoOnly}).
 *
 * @param baseUrl where the portal is reached from outside: links in emails are built from it, never from
 *     the request's Host header
 * @param timeZone the one zone in which people read times: pages, messages, emails, SMS, the admin's date filters
 *     ({@code shared.web.Show}); the database and the JSON API keep UTC
 */
@ConfigurationProperties("portal")
public record PortalProperties(
        @DefaultValue Captcha captcha,
        @DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue("Asia/Kolkata") ZoneId timeZone) {

    /** @param enabled false removes the captcha field from every form and ignores it (automated tests) */
    public record Captcha(@DefaultValue("true") boolean enabled) {}
}
