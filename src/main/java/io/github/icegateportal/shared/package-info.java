/**
 * What every module uses: the identifier value objects and their field rules, the clock, the web layout,
 * security and the portal's switches. An open module: its sub-packages are meant to be used by the others.
 */
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package io.github.icegateportal.shared;

import org.springframework.modulith.ApplicationModule;
