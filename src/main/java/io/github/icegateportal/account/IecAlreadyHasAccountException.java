package io.github.icegateportal.account;

import io.github.icegateportal.shared.field.Iec;

/** The IEC has an account under another ICEGATE ID already (one account per IEC for now). */
public class IecAlreadyHasAccountException extends RuntimeException {

    private final transient Iec iec;

    public IecAlreadyHasAccountException(Iec iec) {
        super("IEC " + iec + " has an account already");
        this.iec = iec;
    }

    public Iec iec() {
        return iec;
    }
}
