package io.github.icegateportal.registration.iec;

import io.github.icegateportal.registration.Registration;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The IEC-based registration's last step: the summary of what will be handed in (the documents and the certificate
 * that signed) and handing it in for approval.
 */
@Controller
@RequestMapping("/registration/iec/{id}/submit")
class IecSubmitController {

    private static final String SUBMIT = "registration/iec-submit";

    private final IecRegistrationFlow flow;
    private final IecWizardPages pages;
    private final KycDocuments documents;

    IecSubmitController(IecRegistrationFlow flow, IecWizardPages pages, KycDocuments documents) {
        this.flow = flow;
        this.pages = pages;
        this.documents = documents;
    }

    @ModelAttribute("registration")
    Registration findRegistration(@PathVariable UUID id, Model model) {
        return pages.show(id, IecWizardStep.SUBMIT, model);
    }

    @GetMapping
    String showSummary(@ModelAttribute(name = "registration", binding = false) Registration registration, Model model) {
        return summary(registration, model);
    }

    @PostMapping
    String processSubmit(
            @PathVariable UUID id,
            @ModelAttribute(name = "registration", binding = false) Registration registration,
            HttpServletRequest request,
            Model model) {
        try {
            flow.submit(id, request.getRemoteAddr());
            return IecWizardPages.submitted(id);
        } catch (StepRefusedException e) {
            model.addAttribute("refusal", e.messageKey());
            return summary(registration, model);
        }
    }

    /** The summary page: the documents uploaded and the certificate that signed. */
    private String summary(Registration registration, Model model) {
        model.addAttribute("uploaded", documents.list(registration.id()));
        model.addAttribute(
                "dscCertificate", flow.dscStep(registration).certificate().orElse(null));
        return SUBMIT;
    }
}
