package io.github.icegateportal.demo.dsc;

/** The certificates the demo token issues: one that passes, and one for each refusal the portal shows. */
public enum DemoCertificateKind {
    VALID_CLASS_3,
    EXPIRED,
    NOT_YET_VALID,
    CLASS_2,
    OTHER_NAME,
    OTHER_PAN,
    REVOKED,
    UNTRUSTED_CA;

    /** {@code dsc.demo.kind.VALID_CLASS_3} ...: the label on the token page. */
    String messageKey() {
        return "dsc.demo.kind." + name();
    }
}
