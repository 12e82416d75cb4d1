package io.github.icegateportal.dsc;

/**
 * Where the verifier's trusted roots, intermediates and CRLs come from: configured files ({@code
 * portal.dsc.trusted-roots}) and any other bean of this type (the demo module's demo CA).
 */
public interface DscTrustSource {

    /** Read on every verification, so that a CRL another instance updated counts at once. */
    TrustMaterial trustMaterial();
}
