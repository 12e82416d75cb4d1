package io.github.icegateportal.dsc;

import io.github.icegateportal.shared.field.Iec;
import java.util.Optional;

/**
 * A token that the portal itself offers for signing a registration's challenge: the demo DSC token while the demo is
 * on, none in production. The DSC step links to its page and attaches the signature it made without a download.
 */
public interface SigningTool {

    /**
     * The page that signs {@code challenge} for a signatory of {@code iec} and sends the person back to {@code
     * returnTo} (a path on this portal) with {@code ?demoSignature=<id>} added.
     */
    String signingPage(Iec iec, String challenge, String returnTo);

    /** The {@code .p7s} it made under {@code id}; empty when there is none. */
    Optional<byte[]> signature(String id);
}
