package io.github.icegateportal.dsc;

/** Where the verifier's trusted roots, intermediates and CRLs come from: configured files, the demo CA. */
interface DscTrustSource {

    /** Read on every verification, so that a CRL another instance updated counts at once. */
    TrustMaterial trustMaterial();
}
