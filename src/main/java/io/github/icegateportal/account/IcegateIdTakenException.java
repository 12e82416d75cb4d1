package io.github.icegateportal.account;

import io.github.icegateportal.shared.field.IcegateId;

/** The ICEGATE ID belongs to another account, an issuing office or another pending registration. */
public class IcegateIdTakenException extends RuntimeException {

    private final transient IcegateId icegateId;

    public IcegateIdTakenException(IcegateId icegateId) {
        super("ICEGATE ID " + icegateId + " is taken");
        this.icegateId = icegateId;
    }

    public IcegateId icegateId() {
        return icegateId;
    }
}
