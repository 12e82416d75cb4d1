package io.github.icegateportal.registration.iec;

import io.github.icegateportal.dsc.DscVerification;
import io.github.icegateportal.registration.Registration;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The IEC-based registration's Class III DSC step: the challenge to sign (shown and as a file), the signature over
 * it checked against the IEC's signatories, and a new challenge for signing again.
 */
@Controller
@RequestMapping("/registration/iec/{id}/dsc")
class DscSignatureController {

    private static final String DSC = "registration/iec-dsc";

    private final IecRegistrationFlow flow;
    private final IecWizardPages pages;
    private final KycDocuments documents;
    private final DscSignatureUploads signatures;

    DscSignatureController(
            IecRegistrationFlow flow, IecWizardPages pages, KycDocuments documents, DscSignatureUploads signatures) {
        this.flow = flow;
        this.pages = pages;
        this.documents = documents;
        this.signatures = signatures;
    }

    @ModelAttribute("registration")
    Registration findRegistration(@PathVariable UUID id, Model model) {
        return pages.show(id, IecWizardStep.DSC, model);
    }

    @GetMapping
    String showDsc(
            @ModelAttribute(name = "registration", binding = false) Registration registration,
            @RequestParam(name = "demoSignature", required = false) String demoSignature,
            Model model) {
        if (signatures.demoSignature(demoSignature).isPresent()) {
            model.addAttribute("demoSignature", demoSignature);
        }
        return page(registration, model);
    }

    @GetMapping("/challenge.txt")
    ResponseEntity<byte[]> downloadChallenge(
            @ModelAttribute(name = "registration", binding = false) Registration registration) {
        DscStep step = flow.dscStep(registration);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("challenge.txt")
                                .build()
                                .toString())
                .contentType(MediaType.TEXT_PLAIN)
                .body(step.challenge().getBytes(StandardCharsets.US_ASCII));
    }

    /** A signature that fails shows the page again with the check that failed first and the list of checks. */
    @PostMapping
    String uploadSignature(
            @PathVariable UUID id,
            @ModelAttribute(name = "registration", binding = false) Registration registration,
            @RequestParam(name = "signature", required = false) MultipartFile signature,
            @RequestParam(name = "demoSignature", required = false) String demoSignature,
            HttpServletRequest request,
            Model model) {
        String refusal;
        try {
            DscVerification verification =
                    flow.verifySignature(id, signatures.read(signature, demoSignature), request.getRemoteAddr());
            if (verification.passed()) {
                return IecWizardStep.ID.redirect(id);
            }
            refusal = verification.firstFailure().orElseThrow().messageKey();
            model.addAttribute("verification", verification);
        } catch (StepRefusedException e) {
            refusal = e.messageKey();
        }
        model.addAttribute("refusal", refusal);
        return page(registration, model);
    }

    @PostMapping("/renew")
    String renewChallenge(@PathVariable UUID id) {
        try {
            flow.renewChallenge(id);
        } catch (StepRefusedException e) {
            // the page says why it cannot be signed again
        }
        return IecWizardStep.DSC.redirect(id);
    }

    /** The page: the challenge, whether a signature passed and its certificate, documents still missing. */
    private String page(Registration registration, Model model) {
        DscStep step = flow.dscStep(registration);
        model.addAttribute("challenge", step.challenge());
        model.addAttribute("dscPassed", step.passed());
        model.addAttribute("dscCertificate", step.certificate().orElse(null));
        model.addAttribute("missing", documents.missing(registration));
        signatures
                .demoTokenUrl(registration, step.challenge())
                .ifPresent(url -> model.addAttribute("demoTokenUrl", url));
        return DSC;
    }
}
