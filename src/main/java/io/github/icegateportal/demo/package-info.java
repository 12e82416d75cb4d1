/**
 * Everything that is there only to try the portal out, present or absent as a whole with {@code
 * portal.demo.enabled} ({@link io.github.icegateportal.demo.DemoOnly} on each of its beans): the demo data set
 * ({@code db/demo}), the outbox ({@code /demo/outbox}, sub-package {@code outbox}), the demo CA and DSC token
 * ({@code /demo/dsc}, sub-package {@code dsc}) and the ready-made DSC registrations in the approval queue
 * (sub-package {@code registrations}). No other module uses it: it fills their extension points instead (the {@code
 * demoEnabled} model attribute, {@link io.github.icegateportal.notification.KeepDeliveredBodies}, {@link
 * io.github.icegateportal.dsc.DscTrustSource}, {@link io.github.icegateportal.dsc.SigningTool}) and uses their public
 * API ({@link io.github.icegateportal.notification.SentMessages}, {@link
 * io.github.icegateportal.registration.ReadyMadeRegistrations}).
 */
@ApplicationModule(
        displayName = "Demo",
        allowedDependencies = {"directory", "dsc", "notification", "registration"})
package io.github.icegateportal.demo;

import org.springframework.modulith.ApplicationModule;
