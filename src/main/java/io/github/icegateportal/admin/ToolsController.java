package io.github.icegateportal.admin;

import io.github.icegateportal.directory.DirectoryCorrections;
import io.github.icegateportal.directory.DirectoryFaults;
import io.github.icegateportal.directory.DirectorySource;
import io.github.icegateportal.directory.FaultMode;
import io.github.icegateportal.directory.GstCorrection;
import io.github.icegateportal.directory.GstStatus;
import io.github.icegateportal.directory.IecCorrection;
import io.github.icegateportal.directory.IecStatus;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.InvalidFieldException;
import io.github.icegateportal.shared.field.MobileNumber;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.EnumMap;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's tools for the directory stubs: fault switches, correcting one DGFT or GSTN record, importing records
 * from CSV (in the background, with progress and a report of refused rows); and a link to the demo outbox.
 */
@Controller
class ToolsController {

    private final DirectoryFaults faults;
    private final DirectoryCorrections corrections;
    private final DirectoryImports imports;
    private final TemporaryPasswordTools temporaryPasswords;

    ToolsController(
            DirectoryFaults faults,
            DirectoryCorrections corrections,
            DirectoryImports imports,
            TemporaryPasswordTools temporaryPasswords) {
        this.faults = faults;
        this.corrections = corrections;
        this.imports = imports;
        this.temporaryPasswords = temporaryPasswords;
    }

    @PostMapping("/admin/tools/temporary-password")
    String processTemporaryPasswordForm(
            @Valid @ModelAttribute("tpForm") TemporaryPasswordForm form,
            BindingResult result,
            Principal principal,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Iec iec = parse(form.iec(), Iec::of, "iec", result, true);
        Gstin gstin = parse(form.gstin(), Gstin::of, "gstin", result, false);
        if (result.hasErrors()) {
            addTools(model);
            return "admin/tools";
        }
        var outcome = temporaryPasswords.issueOne(iec, gstin, principal.getName(), request.getRemoteAddr());
        redirect.addFlashAttribute("tpOutcome", outcome.name());
        redirect.addFlashAttribute("tpIec", iec.value());
        return "redirect:/admin/tools#temporary-passwords";
    }

    @PostMapping("/admin/tools/temporary-passwords/bulk")
    String startBulk(Principal principal, HttpServletRequest request) {
        var job = temporaryPasswords.startBulk(principal.getName(), request.getRemoteAddr());
        return "redirect:/admin/tools/temporary-passwords/bulk/" + job.id();
    }

    /** While the run goes on, the page asks the browser to load it again every three seconds (no script needed). */
    @GetMapping("/admin/tools/temporary-passwords/bulk/{id}")
    String bulkProgress(@PathVariable UUID id, Model model, HttpServletResponse response) {
        var job = found(temporaryPasswords.find(id));
        return progressPage(job, job.running(), "3", "admin/bulk", model, response);
    }

    @PostMapping("/admin/tools/temporary-passwords/bulk/{id}/stop")
    String stopBulk(@PathVariable UUID id, Principal principal, HttpServletRequest request) {
        temporaryPasswords.stopBulk(id, principal.getName(), request.getRemoteAddr());
        return "redirect:/admin/tools/temporary-passwords/bulk/" + id;
    }

    @GetMapping("/admin/tools")
    String tools(Model model) {
        addTools(model);
        return "admin/tools";
    }

    @PostMapping("/admin/tools/faults")
    String processFaultsForm(
            @RequestParam DirectorySource source,
            @RequestParam FaultMode mode,
            Principal principal,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        faults.set(source, mode, principal.getName(), request.getRemoteAddr());
        redirect.addFlashAttribute("faultChanged", source + ": " + mode);
        return "redirect:/admin/tools#faults";
    }

    @PostMapping("/admin/tools/iec-correction")
    String processIecCorrectionForm(
            @Valid @ModelAttribute("iecForm") IecCorrectionForm form,
            BindingResult result,
            Principal principal,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Iec iec = parse(form.iec(), Iec::of, "iec", result, true);
        IecStatus status = enumOf(IecStatus.class, form.status(), "status", result);
        EmailAddress email = parse(form.email(), EmailAddress::of, "email", result, false);
        MobileNumber mobile = parse(form.mobile(), MobileNumber::of, "mobile", result, false);
        var correction =
                new IecCorrection(status, email, mobile, blankToNull(form.address()), blankToNull(form.firmName()));
        return correct(
                correction.isEmpty(),
                () -> corrections
                        .correctIec(iec, correction, principal.getName(), request.getRemoteAddr())
                        .map((iecRecord) -> iecRecord.iec().value()),
                new CorrectionTarget("iec", "admin.tools.iecUnknown", "correct-iec"),
                result,
                model,
                redirect);
    }

    @PostMapping("/admin/tools/gst-correction")
    String processGstCorrectionForm(
            @Valid @ModelAttribute("gstForm") GstCorrectionForm form,
            BindingResult result,
            Principal principal,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Gstin gstin = parse(form.gstin(), Gstin::of, "gstin", result, true);
        GstStatus status = enumOf(GstStatus.class, form.status(), "status", result);
        EmailAddress email = parse(form.email(), EmailAddress::of, "email", result, false);
        MobileNumber mobile = parse(form.mobile(), MobileNumber::of, "mobile", result, false);
        var correction = new GstCorrection(status, email, mobile, blankToNull(form.legalName()));
        return correct(
                correction.isEmpty(),
                () -> corrections
                        .correctGst(gstin, correction, principal.getName(), request.getRemoteAddr())
                        .map((registration) -> registration.gstin().value()),
                new CorrectionTarget("gstin", "admin.tools.gstinUnknown", "correct-gst"),
                result,
                model,
                redirect);
    }

    /**
     * Where a correction form's outcome goes: the field that names the record, the message when there is no such
     * record, and the tool's anchor on the page.
     */
    private record CorrectionTarget(String keyField, String unknownMessage, String anchor) {}

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
        addTools(model);
        return "admin/tools";
    }

    @PostMapping("/admin/tools/imports")
    String processImportForm(
            @RequestParam(required = false) DirectoryImports.Kind kind,
            @RequestParam(required = false) MultipartFile file,
            Principal principal,
            HttpServletRequest request,
            Model model)
            throws IOException {
        if (kind == null || file == null || file.isEmpty()) {
            model.addAttribute(
                    "importError", kind == null ? "admin.tools.importKindRequired" : "admin.tools.importFileRequired");
            addTools(model);
            return "admin/tools";
        }
        UUID id = imports.start(
                kind, file.getOriginalFilename(), file.getInputStream(), principal.getName(), request.getRemoteAddr());
        return "redirect:/admin/tools/imports/" + id;
    }

    /** While the import runs, the page asks the browser to load it again every two seconds (no script needed). */
    @GetMapping("/admin/tools/imports/{id}")
    String importProgress(@PathVariable UUID id, Model model, HttpServletResponse response) {
        var job = found(imports.find(id));
        return progressPage(job, job.running(), "2", "admin/import", model, response);
    }

    @GetMapping("/admin/tools/imports/{id}/refused.csv")
    ResponseEntity<StreamingResponseBody> refusedRows(@PathVariable UUID id) {
        var job = found(imports.find(id));
        StreamingResponseBody body = out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(Csv.row("line", "reason"));
            imports.forEachRefused(job.id(), row -> {
                try {
                    writer.write(Csv.row(Long.toString(row.line()), row.reason()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"refused-rows-" + id + ".csv\"")
                .body(body);
    }

    /** A background job's page; while the job runs, a Refresh header has the browser load it again. */
    private static String progressPage(
            Object job,
            boolean running,
            String refreshSeconds,
            String view,
            Model model,
            HttpServletResponse response) {
        if (running) {
            response.setHeader("Refresh", refreshSeconds);
        }
        model.addAttribute("job", job);
        return view;
    }

    /** The job, or 404 when there is no job of that id. */
    private static <J> J found(Optional<J> job) {
        return job.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void addTools(Model model) {
        var modes = new EnumMap<DirectorySource, FaultMode>(DirectorySource.class);
        for (var source : DirectorySource.values()) {
            modes.put(source, faults.mode(source));
        }
        model.addAttribute("faultModes", modes);
        model.addAttribute("allModes", FaultMode.values());
        model.addAttribute("iecStatuses", IecStatus.values());
        model.addAttribute("gstStatuses", GstStatus.values());
        model.addAttribute("imports", imports.latest(10));
        model.addAttribute("bulkJobs", temporaryPasswords.latest(5));
        if (!model.containsAttribute("tpForm")) {
            model.addAttribute("tpForm", TemporaryPasswordForm.empty());
        }
        if (!model.containsAttribute("iecForm")) {
            model.addAttribute("iecForm", IecCorrectionForm.empty());
        }
        if (!model.containsAttribute("gstForm")) {
            model.addAttribute("gstForm", GstCorrectionForm.empty());
        }
    }

    private static <T> T parse(
            String raw, Function<String, T> parser, String field, BindingResult result, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                result.rejectValue(field, "field." + field + ".required");
            }
            return null;
        }
        try {
            return parser.apply(raw);
        } catch (InvalidFieldException invalid) {
            result.rejectValue(field, invalid.messageKey(), invalid.arguments(), null);
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String raw, String field, BindingResult result) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException unknown) {
            result.rejectValue(field, "admin.tools.statusUnknown");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
