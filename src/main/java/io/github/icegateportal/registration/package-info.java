/**
 * Registration on ICEGATE by either route: the {@link io.github.icegateportal.registration.Registration} aggregate
 * and its state machine, the simplified route (Route A, sub-package {@code simplified}), the IEC-based DSC route
 * (Route B, sub-package {@code iec}, after its address /registration/iec) and temporary passwords. Other modules use {@link
 * io.github.icegateportal.registration.Registrations}, {@code TemporaryPasswords} and the events.
 */
@ApplicationModule(
        displayName = "Registration",
        allowedDependencies = {"account", "captcha", "directory", "dsc", "notification", "otp"})
package io.github.icegateportal.registration;

import org.springframework.modulith.ApplicationModule;
