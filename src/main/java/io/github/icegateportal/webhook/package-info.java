/**
 * Events out: registration, decision, activation and DGFT-change events delivered to webhooks an admin registers
 * ({@code /admin/webhooks}). Each (endpoint, event) is a delivery row written in the event's own transaction; a job
 * sends due rows, signed with the endpoint's secret, with back-off until a 2xx answer, then never again.
 */
@ApplicationModule(
        displayName = "Webhooks",
        allowedDependencies = {"account", "directory", "registration"})
package io.github.icegateportal.webhook;

import org.springframework.modulith.ApplicationModule;
