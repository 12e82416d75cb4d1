package io.github.icegateportal.demo.dsc;

import io.github.icegateportal.shared.field.MultiLine;

/**
 * The demo token page's form. Choices arrive as text and are checked by the controller, so that a forged value
 * gets a message next to its field rather than a conversion error.
 *
 * @param signatory the index of the person in the IEC record's list of signatories
 * @param kind a {@link DemoCertificateKind} name
 * @param text {@code challenge} to sign the challenge, {@code other} to sign other text and see the mismatch
 * @param returnTo where "Back to the registration" leads: a path on this portal ({@code ?return=})
 */
record DemoTokenForm(
        String iec,
        String signatory,
        String kind,
        String text,
        @MultiLine String challenge,
        String returnTo) {

    static final String SIGN_CHALLENGE = "challenge";
    static final String SIGN_OTHER_TEXT = "other";
}
