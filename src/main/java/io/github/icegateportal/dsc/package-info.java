/**
 * Class III DSC checks: {@link io.github.icegateportal.dsc.DscVerifier} verifies a detached CMS/PKCS#7 signature
 * over a challenge and the certificate it carries, trusting what each {@link
 * io.github.icegateportal.dsc.DscTrustSource} contributes. A {@link io.github.icegateportal.dsc.SigningTool}, when
 * there is one (the demo module's demo token), stands in for a real token and its signer utility.
 */
@ApplicationModule(
        displayName = "DSC",
        allowedDependencies = {})
package io.github.icegateportal.dsc;

import org.springframework.modulith.ApplicationModule;
