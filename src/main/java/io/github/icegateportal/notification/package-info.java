/**
 * Email (Spring Mail), SMS (a gateway interface) and the demo outbox. Callers render their own texts and call
 * {@link io.github.icegateportal.notification.Notifications} inside their transaction; delivery happens after
 * commit and is retried by a scheduled job that runs once across instances.
 */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {})
package io.github.icegateportal.notification;

import org.springframework.modulith.ApplicationModule;
