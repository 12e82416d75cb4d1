/** The public pages: home, the navigation and footer pages, guidelines and downloads. */
@ApplicationModule(
        displayName = "Public site",
        allowedDependencies = {"otp", "registration"})
package io.github.icegateportal.site;

import org.springframework.modulith.ApplicationModule;
