package io.github.icegateportal.registration.iec;

import io.github.icegateportal.registration.Registration;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The IEC-based registration's KYC documents: one upload per document the PAN's holder type needs. */
@Controller
@RequestMapping("/registration/iec/{id}/documents")
class IecDocumentsController {

    private static final String DOCUMENTS = "registration/iec-documents";

    private final IecRegistrationFlow flow;
    private final IecWizardPages pages;
    private final KycDocuments documents;

    IecDocumentsController(IecRegistrationFlow flow, IecWizardPages pages, KycDocuments documents) {
        this.flow = flow;
        this.pages = pages;
        this.documents = documents;
    }

    @ModelAttribute("registration")
    Registration findRegistration(@PathVariable UUID id, Model model) {
        return pages.show(id, IecWizardStep.DOCUMENTS, model);
    }

    @GetMapping
    String showDocuments(
            @ModelAttribute(name = "registration", binding = false) Registration registration, Model model) {
        return page(registration, model);
    }

    /** A refused file shows the page again with why, next to the document it was for; nothing is kept. */
    @PostMapping
    String uploadDocument(
            @PathVariable UUID id,
            @ModelAttribute(name = "registration", binding = false) Registration registration,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request,
            Model model) {
        Optional<KycDocumentType> kind = KycDocumentType.parse(type);
        try {
            flow.upload(id, kind.orElse(null), file, request.getRemoteAddr());
            return IecWizardStep.DOCUMENTS.redirect(id);
        } catch (StepRefusedException e) {
            model.addAttribute("refusal", e.messageKey());
            model.addAttribute("refusalArguments", e.arguments());
            model.addAttribute("refusedType", kind.orElse(null));
            return page(registration, model);
        }
    }

    /** The page: the documents the registration needs, those it has, and those still missing. */
    private String page(Registration registration, Model model) {
        model.addAttribute("required", documents.required(registration));
        model.addAttribute("uploadedByType", documents.uploadedByType(registration.id()));
        model.addAttribute("missing", documents.missing(registration));
        model.addAttribute("maxSizeKb", documents.maxSize() / 1024);
        return DOCUMENTS;
    }
}
