/**
 * One-time codes for a mobile number and an email address: issued in pairs, stored only as keyed hashes,
 * checked with a limited number of wrong tries per code, resent a limited number of times, expired after
 * {@code portal.otp.lifetime} and swept away after {@code portal.otp.retention}. Use {@link
 * io.github.icegateportal.otp.OneTimePasswords}.
 */
@ApplicationModule(
        displayName = "One-time passwords",
        allowedDependencies = {})
package io.github.icegateportal.otp;

import org.springframework.modulith.ApplicationModule;
