package io.github.icegateportal.registration.iec;

import io.github.icegateportal.dsc.DscVerifier;
import io.github.icegateportal.dsc.SigningTool;
import io.github.icegateportal.registration.Registration;
import java.io.IOException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The signature a person hands in at the DSC step: an uploaded {@code .p7s}, or one made by the portal's own {@link
 * SigningTool} (the demo token, present only with the demo), attached by its id without a download. The signing
 * tool's hooks are here and nowhere else in the wizard.
 */
@Component
class DscSignatureUploads {

    private final DscVerifier verifier;
    private final Optional<SigningTool> signingTool;

    DscSignatureUploads(DscVerifier verifier, ObjectProvider<SigningTool> signingTool) {
        this.verifier = verifier;
        this.signingTool = Optional.ofNullable(signingTool.getIfAvailable());
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
            throw StepRefusedException.global("registration.iec.signature.choose");
        }
        if (upload == null && !tooLarge) {
            upload = demoSignature(demoSignature).orElse(null);
        }
        if (tooLarge || (upload != null && upload.length > verifier.maxSignatureSize())) {
            throw StepRefusedException.global("registration.iec.signature.tooLarge");
        }
        if (upload == null) {
            throw StepRefusedException.global("registration.iec.signature.choose");
        }
        return upload;
    }

    /** The signing tool's signature {@code tokenId} names (the {@code demoSignature} parameter), if there is a tool. */
    Optional<byte[]> demoSignature(String tokenId) {
        return signingTool.flatMap(tool -> tool.signature(tokenId));
    }

    /** The signing tool's page for this challenge, whose "back" link returns to the DSC step, if there is a tool. */
    Optional<String> demoTokenUrl(Registration registration, String challenge) {
        String back = "/registration/iec/" + registration.flowKey() + "/dsc";
        return signingTool.map(tool -> tool.signingPage(registration.iec(), challenge, back));
    }
}
