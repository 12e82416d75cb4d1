/**
 * Class III DSC checks: {@link io.github.icegateportal.dsc.DscVerifier} verifies a detached CMS/PKCS#7 signature
 * over a challenge and the certificate it carries. While the demo is switched on, a demo CA and a demo DSC token
 * ({@code /demo/dsc}) stand in for a real token and its signer utility.
 */
@ApplicationModule(
        displayName = "DSC",
        allowedDependencies = {"directory"})
package io.github.icegateportal.dsc;

import org.springframework.modulith.ApplicationModule;
