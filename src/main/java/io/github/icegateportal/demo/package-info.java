/**
 * Everything that is there only to try the portal out, present or absent as a whole with {@code
 * portal.demo.enabled} ({@link io.github.icegateportal.demo.DemoOnly} on each of its beans): the demo data set
 * ({@code db/demo}), the outbox ({@code /demo/outbox}, sub-package {@code outbox}) and the pages' links to it. No
 * other module uses it: it fills their extension points instead (the {@code demoEnabled} model attribute, {@link
 * io.github.icegateportal.notification.KeepDeliveredBodies}).
 */
@ApplicationModule(
        displayName = "Demo",
        allowedDependencies = {"dsc", "notification", "registration"})
package io.github.icegateportal.demo;

import org.springframework.modulith.ApplicationModule;
