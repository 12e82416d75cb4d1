package io.github.icegateportal.dsc;

/** What {@link DscVerifier} checks, in the order it reports them. */
public enum DscCheckType {
    /** The upload is a CMS/PKCS#7 signature with one signer whose certificate it carries. */
    FORMAT,
    /** The signature is over the exact challenge bytes. */
    SIGNATURE,
    /** The certificate chains to a trusted root. */
    ISSUER,
    /** The injected clock's now lies within the certificate's validity dates. */
    VALIDITY,
    /**
     * The certificate is not on its CA's revocation list, and that list is current (its nextUpdate is ahead of the
     * injected clock); a list past its nextUpdate fails the check with a message of its own.
     */
    REVOCATION,
    /** An end-entity certificate (not a CA's: no basic constraints CA:TRUE) whose key may sign (digitalSignature or nonRepudiation). */
    KEY_USAGE,
    /** India PKI Class 3 certificate policy. */
    CERTIFICATE_CLASS,
    /** The certificate's name is one of the persons who may sign for the IEC. */
    HOLDER_NAME,
    /** The subject's serialNumber, where it is a SHA-256 digest, is the digest of that person's PAN. */
    HOLDER_PAN
}
