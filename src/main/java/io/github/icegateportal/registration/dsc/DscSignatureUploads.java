package io.github.icegateportal.registration.dsc;

import io.github.icegateportal.dsc.DemoDscTokens;
import io.github.icegateportal.dsc.DscVerifier;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.shared.PortalProperties;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The signature a person hands in at the DSC step: an uploaded {@code .p7s}, or while the demo is on, the demo
 * token's, attached by its id without a download. The demo token's hooks are here and nowhere else in the wizard.
 */
@Component
class DscSignatureUploads {

    private final DscVerifier verifier;
    private final PortalProperties portal;
    private final DemoDscTokens demoTokens;

    DscSignatureUploads(DscVerifier verifier, PortalProperties portal, DemoDscTokens demoTokens) {
        this.verifier = verifier;
        this.portal = portal;
        this.demoTokens = demoTokens;
    }

    /**
     * The signature's bytes; a file larger than {@code portal.dsc.max-signature-size} is refused unread.
     *
     * @throws StepRefusedException when none was chosen, or it is too large or unreadable
     */
    byte[] read(MultipartFile signature, String demoSignature) {
        boolean tooLarge = signature != null && signature.getSize() > verifier.maxSignatureSize();
        byte[] upload;
        try {
            upload = signature == null || signature.isEmpty() || tooLarge ? null : signature.getBytes();
        } catch (IOException e) {
            throw StepRefusedException.global("registration.dsc.signature.choose");
        }
        if (upload == null && !tooLarge) {
            upload = demoSignature(demoSignature).orElse(null);
        }
        if (tooLarge || (upload != null && upload.length > verifier.maxSignatureSize())) {
            throw StepRefusedException.global("registration.dsc.signature.tooLarge");
        }
        if (upload == null) {
            throw StepRefusedException.global("registration.dsc.signature.choose");
        }
        return upload;
    }

    /** The demo token's signature {@code tokenId} names, while the demo is on. */
    Optional<byte[]> demoSignature(String tokenId) {
        return portal.demo().enabled() ? demoTokens.signature(tokenId) : Optional.empty();
    }

    /** While the demo is on: the demo token's page for this challenge, whose "back" link returns to the DSC step. */
    Optional<String> demoTokenUrl(Registration registration, String challenge) {
        if (!portal.demo().enabled()) {
            return Optional.empty();
        }
        String back = "/registration/iec/" + registration.flowKey() + "/dsc";
        return Optional.of("/demo/dsc?challenge=" + URLEncoder.encode(challenge, StandardCharsets.UTF_8)
                + "&iec=" + registration.iec()
                + "&return=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }
}
