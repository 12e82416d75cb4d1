package io.github.icegateportal.admin;

import static io.github.icegateportal.admin.FormFields.blankToNull;
import static io.github.icegateportal.admin.FormFields.optional;
import static io.github.icegateportal.admin.FormFields.required;
import static io.github.icegateportal.admin.FormFields.status;

import io.github.icegateportal.directory.DirectoryCorrections;
import io.github.icegateportal.directory.GstCorrection;
import io.github.icegateportal.directory.GstStatus;
import io.github.icegateportal.directory.IecCorrection;
import io.github.icegateportal.directory.IecStatus;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Correcting one DGFT record (by IEC) or one GSTN registration (by GSTIN); a blank field is left as it is. */
@Controller
class DirectoryCorrectionController {

    /**
     * Where a correction form's outcome goes: the field that names the record, the message when there is no such
     * record, and the tool's anchor on the page.
     */
    private record CorrectionTarget(String keyField, String unknownMessage, String anchor) {}

    private static final CorrectionTarget IEC = new CorrectionTarget("iec", "admin.tools.iecUnknown", "correct-iec");
    private static final CorrectionTarget GSTIN =
            new CorrectionTarget("gstin", "admin.tools.gstinUnknown", "correct-gst");

    private final DirectoryCorrections corrections;
    private final ToolsPage page;

    DirectoryCorrectionController(DirectoryCorrections corrections, ToolsPage page) {
        this.corrections = corrections;
        this.page = page;
    }

    @PostMapping("/admin/tools/iec-correction")
    String processIecCorrectionForm(
            @Valid @ModelAttribute("iecForm") IecCorrectionForm form,
            BindingResult result,
            Principal principal,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Iec iec = required(form.iec(), Iec::of, "iec", result);
        var correction = new IecCorrection(
                status(IecStatus.class, form.status(), "status", result),
                optional(form.email(), EmailAddress::of, "email", result),
                optional(form.mobile(), MobileNumber::of, "mobile", result),
                blankToNull(form.address()),
                blankToNull(form.firmName()));
        Supplier<Optional<String>> apply = () -> corrections
                .correctIec(iec, correction, principal.getName(), request.getRemoteAddr())
                .map((iecRecord) -> iecRecord.iec().value());
        return correct(correction.isEmpty(), apply, IEC, result, model, redirect);
    }

    @PostMapping("/admin/tools/gst-correction")
    String processGstCorrectionForm(
            @Valid @ModelAttribute("gstForm") GstCorrectionForm form,
            BindingResult result,
            Principal principal,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Gstin gstin = required(form.gstin(), Gstin::of, "gstin", result);
        var correction = new GstCorrection(
                status(GstStatus.class, form.status(), "status", result),
                optional(form.email(), EmailAddress::of, "email", result),
                optional(form.mobile(), MobileNumber::of, "mobile", result),
                blankToNull(form.legalName()));
        Supplier<Optional<String>> apply = () -> corrections
                .correctGst(gstin, correction, principal.getName(), request.getRemoteAddr())
                .map((registration) -> registration.gstin().value());
        return correct(correction.isEmpty(), apply, GSTIN, result, model, redirect);
    }

    /**
     * Applies a correction unless the form has errors or changes nothing; back to the form with the errors, or on to
     * the tool with the corrected record's key.
     *
     * @param apply corrects the record and returns its key, or empty when there is no such record
     */
    private String correct(
            boolean nothingToChange,
            Supplier<Optional<String>> apply,
            CorrectionTarget target,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors() && nothingToChange) {
            result.reject("admin.tools.nothingToChange");
        }
        if (!result.hasErrors()) {
            Optional<String> corrected = apply.get();
            if (corrected.isPresent()) {
                redirect.addFlashAttribute("corrected", corrected.get());
                return "redirect:/admin/tools#" + target.anchor();
            }
            result.rejectValue(target.keyField(), target.unknownMessage());
        }
        return page.show(model);
    }
}
