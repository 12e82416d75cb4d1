package io.github.icegateportal.registration;

/** The two ways onto ICEGATE: simplified (IEC, GSTIN and OTPs; may not file) and IEC-based with a Class III DSC. */
public enum RegistrationRoute {
    SIMPLIFIED,
    DSC
}
