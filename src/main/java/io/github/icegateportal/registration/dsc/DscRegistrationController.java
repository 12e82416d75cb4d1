package io.github.icegateportal.registration.dsc;

import io.github.icegateportal.dsc.DemoDscTokens;
import io.github.icegateportal.dsc.DscVerification;
import io.github.icegateportal.otp.OtpCheck;
import io.github.icegateportal.otp.OtpFieldErrors;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationStateException;
import io.github.icegateportal.registration.dsc.DscForms.ContinueOtpForm;
import io.github.icegateportal.registration.dsc.DscForms.IcegateIdForm;
import io.github.icegateportal.registration.dsc.DscForms.IecDetailsForm;
import io.github.icegateportal.registration.dsc.DscForms.OtpForm;
import io.github.icegateportal.registration.dsc.DscForms.ReferenceForm;
import io.github.icegateportal.shared.PortalProperties;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.shared.web.RateLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The IEC-based registration (Route B) in the browser. Each registration's pages live under
 * {@code /registration/iec/{id}/}, keyed by the registration's random flow key ({@code Registration.flowKey}, drawn
 * anew whenever the person continues with the reference ID), never by the HTTP session; every step is saved when it
 * is posted, and the person may go back to any step reached so far.
 */
@Controller
@RequestMapping("/registration/iec")
class DscRegistrationController {

    /** A detached CMS signature with its certificate chain is a few kilobytes; anything this large is not one. */
    private static final long MAX_SIGNATURE_SIZE = 64 * 1024;

    private static final String DETAILS = "registration/iec-details";
    private static final String OTP = "registration/iec-otp";
    private static final String DOCUMENTS = "registration/iec-documents";
    private static final String DSC = "registration/iec-dsc";
    private static final String ICEGATE_ID = "registration/iec-icegate-id";
    private static final String CONTINUE = "registration/iec-continue";
    private static final String CONTINUE_OTP = "registration/iec-continue-otp";

    private final DscRegistrationFlow flow;
    private final KycDocuments documents;
    private final RateLimits rateLimits;
    private final PortalProperties portal;
    private final DemoDscTokens demoTokens;

    DscRegistrationController(
            DscRegistrationFlow flow,
            KycDocuments documents,
            RateLimits rateLimits,
            PortalProperties portal,
            DemoDscTokens demoTokens) {
        this.flow = flow;
        this.documents = documents;
        this.rateLimits = rateLimits;
        this.portal = portal;
        this.demoTokens = demoTokens;
    }

    @GetMapping
    String showChoice() {
        return "registration/iec-start";
    }

    // ----- Step 2: IEC details

    @GetMapping("/details")
    String initDetailsForm(Model model) {
        model.addAttribute("form", IecDetailsForm.empty());
        return DETAILS;
    }

    @PostMapping("/details")
    String processDetailsForm(
            @Valid @ModelAttribute("form") IecDetailsForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (result.hasErrors()) {
            return DETAILS;
        }
        // The answer names the fields that differ from DGFT (the seed wants that), so each check tells something
        // about an IEC's contacts: a few per IEC from any address, and a few IECs per address, so that the form
        // cannot be used to harvest them. Counted for any IEC typed, known to DGFT or not, so the limit reveals
        // nothing.
        Optional<Duration> byAddress = rateLimits.tryConsume(RateLimit.IEC_DETAILS_ADDRESS, request.getRemoteAddr());
        if (byAddress.isPresent()) {
            result.reject(
                    "registration.dsc.details.rateLimited", new Object[] {RateLimit.minutes(byAddress.get())}, null);
            return DETAILS;
        }
        Optional<Duration> byIec = rateLimits.tryConsume(
                RateLimit.IEC_DETAILS_IEC, Iec.of(form.iec()).value());
        if (byIec.isPresent()) {
            result.rejectValue(
                    "iec",
                    "registration.dsc.details.iecRateLimited",
                    new Object[] {RateLimit.minutes(byIec.get())},
                    null);
            return DETAILS;
        }
        try {
            Registration registration = flow.start(
                    Iec.of(form.iec()),
                    Pan.of(form.pan()),
                    EmailAddress.of(form.email()),
                    MobileNumber.of(form.mobile()),
                    request.getRemoteAddr());
            return redirect(registration.flowKey(), DscWizardStep.OTP);
        } catch (StepRefusedException e) {
            refuse(result, e);
            return DETAILS;
        }
    }

    /** Going back to the details: they are shown as saved; a different IEC needs a fresh registration. */
    @GetMapping("/{id}/details")
    String showDetails(@PathVariable UUID id, Model model) {
        Registration registration = wizard(id, DscWizardStep.DETAILS, model);
        model.addAttribute(
                "form",
                new IecDetailsForm(
                        registration.iec().value(),
                        registration.pan().value(),
                        registration.email().value(),
                        registration.mobile().value()));
        return DETAILS;
    }

    // ----- Step 3: OTPs

    @GetMapping("/{id}/otp")
    String initOtpForm(@PathVariable UUID id, Model model) {
        wizard(id, DscWizardStep.OTP, model);
        model.addAttribute("form", OtpForm.empty());
        return OTP;
    }

    @PostMapping("/{id}/otp")
    String processOtpForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") OtpForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        Registration registration = wizard(id, DscWizardStep.OTP, model);
        if (result.hasErrors()) {
            return OTP;
        }
        if (!DscWizardStep.OTP.equals(DscWizardStep.reached(registration.status()))) {
            return redirect(id, DscWizardStep.DOCUMENTS);
        }
        DscRegistrationFlow.OtpStep outcome =
                flow.verifyOtps(id, form.mobileOtp().strip(), form.emailOtp().strip(), request.getRemoteAddr());
        OtpCheck check = outcome.check();
        if (check.bothMatch()) {
            return redirect(id, DscWizardStep.DOCUMENTS);
        }
        if (outcome.startAgain()) {
            model.addAttribute("startAgain", true);
            result.reject("registration.dsc.otp.startAgain");
            return OTP;
        }
        OtpFieldErrors.reject(check, result);
        return OTP;
    }

    @PostMapping("/{id}/otp/resend")
    String resendOtps(@PathVariable UUID id, HttpServletRequest request, Model model) {
        wizard(id, DscWizardStep.OTP, model);
        model.addAttribute("form", OtpForm.empty());
        BindingResult result = bindingResult(model, "form");
        try {
            flow.resendOtps(id, request.getRemoteAddr());
            model.addAttribute("resent", true);
        } catch (StepRefusedException e) {
            refuse(result, e);
        }
        return OTP;
    }

    // ----- Step 4: KYC documents

    @GetMapping("/{id}/documents")
    String showDocuments(@PathVariable UUID id, Model model) {
        Registration registration = wizard(id, DscWizardStep.DOCUMENTS, model);
        documentsModel(registration, model);
        return DOCUMENTS;
    }

    @PostMapping("/{id}/documents")
    String uploadDocument(
            @PathVariable UUID id,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request,
            Model model) {
        Registration registration = wizard(id, DscWizardStep.DOCUMENTS, model);
        Optional<KycDocumentType> kind = parse(type);
        String refusal = null;
        Object[] arguments = {};
        if (kind.isEmpty()) {
            refusal = "registration.dsc.document.notRequired";
        } else if (file == null || file.isEmpty()) {
            refusal = "registration.dsc.document.choose";
        } else if (file.getSize() > documents.maxSize()) {
            // refused by its size before a byte is read: the servlet lets uploads up to 200 MB through for imports
            refusal = DocumentContentCheck.Refusal.TOO_LARGE.messageKey();
            arguments = new Object[] {KycDocuments.displayName(file.getOriginalFilename()), documents.maxSize() / 1024};
        } else {
            try {
                flow.upload(id, kind.get(), file.getOriginalFilename(), file.getBytes(), request.getRemoteAddr());
                return redirect(id, DscWizardStep.DOCUMENTS);
            } catch (StepRefusedException e) {
                refusal = e.messageKey();
                arguments = e.arguments();
            } catch (IOException e) {
                refusal = "registration.dsc.document.unreadable";
                arguments = new Object[] {KycDocuments.displayName(file.getOriginalFilename())};
            }
        }
        documentsModel(flow.find(registration.flowKey()), model);
        model.addAttribute("refusal", refusal);
        model.addAttribute("refusalArguments", arguments);
        model.addAttribute("refusedType", kind.orElse(null));
        return DOCUMENTS;
    }

    private void documentsModel(Registration registration, Model model) {
        model.addAttribute("required", documents.required(registration));
        var byType = new java.util.EnumMap<KycDocumentType, KycDocumentInfo>(KycDocumentType.class);
        documents.list(registration.id()).forEach(document -> byType.put(document.type(), document));
        model.addAttribute("uploadedByType", byType);
        model.addAttribute("missing", documents.missing(registration));
        model.addAttribute("maxSizeKb", documents.maxSize() / 1024);
    }

    private static Optional<KycDocumentType> parse(String type) {
        try {
            return Optional.of(KycDocumentType.valueOf(type));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    // ----- Step 5: Class III DSC

    @GetMapping("/{id}/dsc")
    String showDsc(
            @PathVariable UUID id,
            @RequestParam(name = "demoSignature", required = false) String demoSignature,
            Model model) {
        Registration registration = wizard(id, DscWizardStep.DSC, model);
        dscModel(registration, model);
        if (portal.demo().enabled() && demoTokens.signature(demoSignature).isPresent()) {
            model.addAttribute("demoSignature", demoSignature);
        }
        return DSC;
    }

    @GetMapping(value = "/{id}/dsc/challenge.txt")
    ResponseEntity<byte[]> downloadChallenge(@PathVariable UUID id) {
        DscStep step = flow.dscStep(id);
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

    @PostMapping("/{id}/dsc")
    String uploadSignature(
            @PathVariable UUID id,
            @RequestParam(name = "signature", required = false) MultipartFile signature,
            @RequestParam(name = "demoSignature", required = false) String demoSignature,
            HttpServletRequest request,
            Model model) {
        Registration registration = wizard(id, DscWizardStep.DSC, model);
        String refusal;
        try {
            boolean tooLarge = signature != null && signature.getSize() > MAX_SIGNATURE_SIZE;
            byte[] upload = signature == null || signature.isEmpty() || tooLarge ? null : signature.getBytes();
            if (upload == null && !tooLarge && portal.demo().enabled()) {
                // the demo token's signature, attached without a download
                upload = demoTokens.signature(demoSignature).orElse(null);
            }
            if (tooLarge || (upload != null && upload.length > MAX_SIGNATURE_SIZE)) {
                refusal = "registration.dsc.signature.tooLarge";
            } else if (upload == null) {
                refusal = "registration.dsc.signature.choose";
            } else {
                DscVerification verification = flow.verifySignature(id, upload, request.getRemoteAddr());
                if (verification.passed()) {
                    return redirect(id, DscWizardStep.ID);
                }
                refusal = verification.firstFailure().orElseThrow().messageKey();
                model.addAttribute("verification", verification);
            }
        } catch (StepRefusedException e) {
            refusal = e.messageKey();
        } catch (IOException e) {
            refusal = "registration.dsc.signature.choose";
        }
        dscModel(flow.find(registration.flowKey()), model);
        model.addAttribute("refusal", refusal);
        return DSC;
    }

    @PostMapping("/{id}/dsc/renew")
    String renewChallenge(@PathVariable UUID id, Model model) {
        wizard(id, DscWizardStep.DSC, model);
        try {
            flow.renewChallenge(id);
        } catch (StepRefusedException e) {
            // the page says why it cannot be signed again
        }
        return redirect(id, DscWizardStep.DSC);
    }

    private void dscModel(Registration registration, Model model) {
        DscStep step = flow.dscStep(registration.flowKey());
        model.addAttribute("challenge", step.challenge());
        model.addAttribute("dscPassed", step.passed());
        model.addAttribute("dscCertificate", step.certificate().orElse(null));
        model.addAttribute("missing", documents.missing(registration));
        if (portal.demo().enabled()) {
            String back = "/registration/iec/" + registration.flowKey() + "/dsc";
            model.addAttribute(
                    "demoTokenUrl",
                    "/demo/dsc?challenge=" + URLEncoder.encode(step.challenge(), StandardCharsets.UTF_8)
                            + "&iec=" + registration.iec()
                            + "&return=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        }
    }

    // ----- Step 6: ICEGATE ID and password

    @GetMapping("/{id}/icegate-id")
    String initIcegateIdForm(@PathVariable UUID id, Model model) {
        Registration registration = wizard(id, DscWizardStep.ID, model);
        model.addAttribute(
                "form",
                new IcegateIdForm(registration.icegateId().map(IcegateId::value).orElse(""), "", ""));
        return ICEGATE_ID;
    }

    @PostMapping("/{id}/icegate-id")
    String processIcegateIdForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") IcegateIdForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        Registration registration = wizard(id, DscWizardStep.ID, model);
        if (registration.upgrade()) {
            return chooseId(id, registration.icegateId().orElseThrow(), null, result, request);
        }
        if (form.icegateId() == null || form.icegateId().isBlank()) {
            result.rejectValue("icegateId", "field.icegateId.required");
        }
        if (form.newPassword() == null || form.newPassword().isEmpty()) {
            result.rejectValue("newPassword", "field.password.required");
        } else if (!form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "registration.dsc.id.confirmMismatch");
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
            return redirect(id, DscWizardStep.SUBMIT);
        } catch (StepRefusedException e) {
            refuse(result, e);
            return ICEGATE_ID;
        }
    }

    // ----- Step 7: submit

    @GetMapping("/{id}/submit")
    String showSummary(@PathVariable UUID id, Model model) {
        wizard(id, DscWizardStep.SUBMIT, model);
        return summary(id, model);
    }

    @PostMapping("/{id}/submit")
    String processSubmit(@PathVariable UUID id, HttpServletRequest request, Model model) {
        wizard(id, DscWizardStep.SUBMIT, model);
        try {
            flow.submit(id, request.getRemoteAddr());
            return "redirect:/registration/iec/" + id + "/submitted";
        } catch (StepRefusedException e) {
            model.addAttribute("refusal", e.messageKey());
            return summary(id, model);
        }
    }

    /** The summary page: the documents uploaded and the certificate that signed. */
    private String summary(UUID id, Model model) {
        model.addAttribute("uploaded", documents.list(flow.find(id).id()));
        model.addAttribute("dscCertificate", flow.dscStep(id).certificate().orElse(null));
        return "registration/iec-submit";
    }

    @GetMapping("/{id}/submitted")
    String showSubmitted(@PathVariable UUID id, Model model) {
        Registration registration = flow.find(id);
        model.addAttribute("registration", registration);
        return "registration/iec-submitted";
    }

    // ----- Continue using the reference ID

    @GetMapping("/continue")
    String initContinueForm(Model model) {
        model.addAttribute("form", ReferenceForm.empty());
        return CONTINUE;
    }

    @PostMapping("/continue")
    String processContinueForm(
            @Valid @ModelAttribute("form") ReferenceForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (continueRefused(result, request, model)) {
            return CONTINUE;
        }
        // Each continue sends OTPs to the holder: a few per reference ID, from whatever address, so that nobody can
        // flood a holder with texts. Counted for any reference typed, known or not, so the limit reveals nothing.
        String reference = form.referenceNumber().strip().toUpperCase(Locale.ROOT);
        Optional<Duration> wait = rateLimits.tryConsume(RateLimit.IEC_CONTINUE_REFERENCE, reference);
        if (wait.isPresent()) {
            result.rejectValue(
                    "referenceNumber",
                    "registration.dsc.continue.rateLimited",
                    new Object[] {RateLimit.minutes(wait.get())},
                    null);
            return CONTINUE;
        }
        flow.sendContinueOtps(form.referenceNumber(), request.getRemoteAddr());
        model.addAttribute("otpForm", new ContinueOtpForm(form.referenceNumber().strip(), "", ""));
        return CONTINUE_OTP;
    }

    @PostMapping("/continue/otp")
    String processContinueOtpForm(
            @Valid @ModelAttribute("otpForm") ContinueOtpForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (continueRefused(result, request, model)) {
            return CONTINUE_OTP;
        }
        Optional<Registration> registration = flow.continueWith(
                form.referenceNumber(),
                form.mobileOtp().strip(),
                form.emailOtp().strip(),
                request.getRemoteAddr());
        if (registration.isEmpty()) {
            result.reject("registration.dsc.continue.notMatched");
            return CONTINUE_OTP;
        }
        return redirect(registration.get().flowKey(), resumeAt(registration.get()));
    }

    /** Both continue forms: a form error, or too many tries from this address (they share one limit). */
    private boolean continueRefused(BindingResult result, HttpServletRequest request, Model model) {
        return result.hasErrors() || limited(RateLimit.IEC_CONTINUE_ADDRESS, request, result);
    }

    // ----- Shared

    /**
     * Loads the registration for a wizard page and puts what every step shows into the model; a step not reached
     * yet sends the person to the furthest one reached.
     */
    private Registration wizard(UUID id, DscWizardStep step, Model model) {
        Registration registration = flow.find(id);
        if (!DscRegistrationFlow.OPEN.contains(registration.status())) {
            if (DscRegistrationFlow.HANDED_IN.contains(registration.status())) {
                throw new NotReachedException(id, null);
            }
            throw new RegistrationClosedException();
        }
        DscWizardStep reached = DscWizardStep.reached(registration.status());
        if (!reached.allows(step)) {
            throw new NotReachedException(id, resumeAt(registration));
        }
        model.addAttribute("registration", registration);
        model.addAttribute("step", step);
        model.addAttribute("reached", reached);
        model.addAttribute("steps", DscWizardStep.values());
        model.addAttribute("open", DscRegistrationFlow.OPEN.contains(registration.status()));
        return registration;
    }

    /** The page to go on from: the furthest reached, or the documents while some are missing. */
    private DscWizardStep resumeAt(Registration registration) {
        DscWizardStep reached = DscWizardStep.reached(registration.status());
        if (reached == DscWizardStep.DSC && !documents.missing(registration).isEmpty()) {
            return DscWizardStep.DOCUMENTS;
        }
        return reached;
    }

    private boolean limited(RateLimit limit, HttpServletRequest request, BindingResult result) {
        Optional<Duration> wait = rateLimits.tryConsume(limit, request.getRemoteAddr());
        wait.ifPresent(duration ->
                result.reject("registration.dsc.rateLimited", new Object[] {duration.toSeconds()}, "Too many tries"));
        return wait.isPresent();
    }

    private static void refuse(BindingResult result, StepRefusedException e) {
        if (e.field() == null) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
        } else {
            result.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
        }
    }

    private static BindingResult bindingResult(Model model, String name) {
        var result = new org.springframework.validation.BeanPropertyBindingResult(model.getAttribute(name), name);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
        return result;
    }

    static String redirect(UUID id, DscWizardStep step) {
        return "redirect:/registration/iec/" + id + "/" + step.path();
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(NotReachedException.class)
    String notReached(NotReachedException e) {
        if (e.reached == null) {
            return "redirect:/registration/iec/" + e.id + "/submitted";
        }
        return redirect(e.id, e.reached);
    }

    /**
     * A wizard address that names no registration any more: its flow key was replaced when the person continued
     * with the reference ID (from another browser, say), or it was never one. The way back in is the reference ID.
     */
    @org.springframework.web.bind.annotation.ExceptionHandler(FlowNotFoundException.class)
    String linkGone(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("messageKey", "registration.dsc.linkGone");
        model.addAttribute("offerContinue", true);
        return "registration/iec-closed";
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(RegistrationClosedException.class)
    String closed(Model model) {
        model.addAttribute("messageKey", "registration.dsc.closed");
        return "registration/iec-closed";
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(RegistrationStateException.class)
    String stateRefused(RegistrationStateException e, Model model) {
        model.addAttribute("messageKey", e.messageKey());
        return "registration/iec-closed";
    }

    /** The registration ran out or was given up: it cannot be continued. */
    static final class RegistrationClosedException extends RuntimeException {

        RegistrationClosedException() {
            super("Registration closed");
        }
    }

    /** A page of a step the registration has not reached yet (or, with no step, one submitted already). */
    static final class NotReachedException extends RuntimeException {

        private final UUID id;

        private final DscWizardStep reached;

        NotReachedException(UUID id, DscWizardStep reached) {
            super("Step not reached yet; furthest is " + reached);
            this.id = id;
            this.reached = reached;
        }
    }
}
