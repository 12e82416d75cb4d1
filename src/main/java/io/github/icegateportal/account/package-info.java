/**
 * Exporters' accounts: the ICEGATE ID table, login (captcha, OTP step, lock-out, rate limit), the dashboard, filing,
 * password and contact changes, password reset and the public IEC status enquiry. The registration module opens and
 * activates accounts through {@link io.github.icegateportal.account.Accounts}.
 */
@ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"captcha", "directory", "notification", "otp"})
package io.github.icegateportal.account;

import org.springframework.modulith.ApplicationModule;
