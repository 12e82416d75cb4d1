package io.github.icegateportal.registration.iec;

import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.iec.IecForms.IcegateIdForm;
import io.github.icegateportal.shared.field.IcegateId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The IEC-based registration's ICEGATE ID step: the ID and the password of the new account; an upgrade keeps the
 * simplified account's ID and password and is asked for neither.
 */
@Controller
@RequestMapping("/registration/iec/{id}/icegate-id")
class IecIcegateIdController {

    private static final String ICEGATE_ID = "registration/iec-icegate-id";

    private final IecRegistrationFlow flow;
    private final IecWizardPages pages;

    IecIcegateIdController(IecRegistrationFlow flow, IecWizardPages pages) {
        this.flow = flow;
        this.pages = pages;
    }

    @ModelAttribute("registration")
    Registration findRegistration(@PathVariable UUID id, Model model) {
        return pages.show(id, IecWizardStep.ID, model);
    }

    @GetMapping
    String initIcegateIdForm(
            @ModelAttribute(name = "registration", binding = false) Registration registration, Model model) {
        model.addAttribute(
                "form",
                new IcegateIdForm(registration.icegateId().map(IcegateId::value).orElse(""), "", ""));
        return ICEGATE_ID;
    }

    @PostMapping
    String processIcegateIdForm(
            @PathVariable UUID id,
            @ModelAttribute(name = "registration", binding = false) Registration registration,
            @Valid @ModelAttribute("form") IcegateIdForm form,
            BindingResult result,
            HttpServletRequest request) {
        if (registration.upgrade()) {
            return chooseId(id, registration.icegateId().orElseThrow(), null, result, request);
        }
        if (form.icegateId() == null || form.icegateId().isBlank()) {
            result.rejectValue("icegateId", "field.icegateId.required");
        }
        if (form.newPassword() == null || form.newPassword().isEmpty()) {
            result.rejectValue("newPassword", "field.password.required");
        } else if (!form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "registration.iec.id.confirmMismatch");
        }
        if (result.hasErrors()) {
            return ICEGATE_ID;
        }
        return chooseId(id, IcegateId.of(form.icegateId()), form.newPassword(), result, request);
    }

    /** An upgrade keeps its ID and password ({@code password} null); a new account takes the ones chosen. */
    private String chooseId(
            UUID id, IcegateId icegateId, String password, BindingResult result, HttpServletRequest request) {
        try {
            flow.chooseId(id, icegateId, password, request.getRemoteAddr());
            return IecWizardStep.SUBMIT.redirect(id);
        } catch (StepRefusedException e) {
            e.rejectOn(result);
            return ICEGATE_ID;
        }
    }
}
