package io.github.icegateportal.account;

/** How the account was registered: simplified (IEC, GSTIN and OTPs; may not file) or IEC-based with a Class III DSC. */
public enum AccountRoute {
    SIMPLIFIED,
    DSC
}
