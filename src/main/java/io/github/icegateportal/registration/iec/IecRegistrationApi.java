package io.github.icegateportal.registration.iec;

import io.github.icegateportal.dsc.DscVerification;
import io.github.icegateportal.otp.OtpCheck;
import io.github.icegateportal.otp.OtpFieldErrors;
import io.github.icegateportal.otp.OtpProperties;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationStateException;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.registration.iec.IecForms.IcegateIdForm;
import io.github.icegateportal.registration.iec.IecForms.IecDetailsForm;
import io.github.icegateportal.registration.iec.IecForms.OtpForm;
import io.github.icegateportal.shared.api.ApiRefusedException;
import io.github.icegateportal.shared.api.PortalApi;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.shared.web.RateLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Route B (IEC-based registration with a Class III DSC, seeds/000) over the API, step by step as the wizard takes it:
 * the IEC details checked against DGFT, the OTPs, the KYC documents (multipart), the DSC challenge and its detached
 * CMS signature (multipart), the ICEGATE ID, and submission for approval. The wizard's forms, flow service, rate
 * limits and state table; the address's {@code id} is the wizard's flow key, as in the pages' addresses.
 */
@PortalApi
@RequestMapping("/api/v1/registrations/iec")
@Tag(name = "Route B: IEC-based registration with DSC", description = "IEC details, OTPs, documents, DSC, ID, submit")
@SecurityRequirements
class IecRegistrationApi {

    private final IecRegistrationFlow flow;
    private final KycDocuments documents;
    private final DscSignatureUploads signatures;
    private final RateLimits rateLimits;
    private final RegistrationStatusLookup statuses;
    private final OtpProperties otp;
    private final MessageSource messages;

    IecRegistrationApi(
            IecRegistrationFlow flow,
            KycDocuments documents,
            DscSignatureUploads signatures,
            RateLimits rateLimits,
            RegistrationStatusLookup statuses,
            OtpProperties otp,
            MessageSource messages) {
        this.statuses = statuses;
        this.otp = otp;
        this.messages = messages;
        this.flow = flow;
        this.documents = documents;
        this.signatures = signatures;
        this.rateLimits = rateLimits;
    }

    /**
     * Where a registration stands.
     *
     * @param id the wizard's key (it changes when the registration is continued by its reference number)
     * @param step the wizard step it stands at (details, otp, documents, dsc, icegate-id, submit)
     * @param documentsRequired the KYC documents this holder type needs; {@code documentsMissing} those not uploaded
     * @param challenge the text to sign with the DSC (detached CMS/PKCS#7), once the OTPs are verified
     * @param dscPassed whether a signature of it passed every check
     */
    record IecRegistrationState(
            UUID id,
            String referenceNumber,
            RegistrationStatus status,
            String step,
            List<String> documentsRequired,
            List<String> documentsMissing,
            String challenge,
            boolean dscPassed,
            String icegateId,
            Instant submittedAt) {}

    /** One DSC check's outcome, in the verifier's order. */
    record Check(String type, String outcome, String message) {}

    /** The outcome of a signature: passed, or the checks with the first failure's message as the problem. */
    record SignatureOutcome(boolean passed, List<Check> checks, IecRegistrationState registration) {}

    @PostMapping
    @Operation(
            operationId = "iecStart",
            summary = "Start: IEC, PAN, email and mobile as registered at DGFT",
            description = "Each field that differs from DGFT's record is named with its message; OTPs then go to the"
                    + " mobile and email.")
    @ApiResponse(responseCode = "201", description = "Started; OTPs sent")
    @ApiResponse(responseCode = "400", description = "A field is not well formed (errors per field)")
    @ApiResponse(
            responseCode = "422",
            description = "Refused with the page's words (code refused), per field where" + " it differs from DGFT")
    @ApiResponse(responseCode = "429", description = "Too many checks from this address or of this IEC; Retry-After")
    ResponseEntity<IecRegistrationState> start(@Valid @RequestBody IecDetailsForm form, HttpServletRequest request) {
        requireWithin(RateLimit.IEC_DETAILS_ADDRESS, request.getRemoteAddr(), "registration.iec.details.rateLimited");
        requireWithin(RateLimit.IEC_DETAILS_IEC, Iec.of(form.iec()).value(), "registration.iec.details.iecRateLimited");
        Registration registration = step(() -> flow.start(
                Iec.of(form.iec()),
                Pan.of(form.pan()),
                EmailAddress.of(form.email()),
                MobileNumber.of(form.mobile()),
                request.getRemoteAddr()));
        return ResponseEntity.status(HttpStatus.CREATED).body(state(registration.flowKey()));
    }

    @GetMapping("/status/{referenceNumber}")
    @Operation(
            operationId = "iecStatus",
            summary = "The status of a registration by its reference number (either route)",
            description = "As the public 'registration status' page answers it, with its rate limit per address.")
    @ApiResponse(responseCode = "200", description = "The status")
    @ApiResponse(responseCode = "404", description = "No registration has this reference number")
    @ApiResponse(responseCode = "429", description = "Too many look-ups from this address; Retry-After")
    RegistrationStatusLookup.StatusView status(@PathVariable String referenceNumber, HttpServletRequest request) {
        rateLimits
                .tryConsume(RateLimit.REGISTRATION_STATUS, request.getRemoteAddr())
                .ifPresent(wait -> {
                    throw ApiRefusedException.of(
                                    HttpStatus.TOO_MANY_REQUESTS,
                                    "rate-limited",
                                    "registration.iec.rateLimited",
                                    wait.toSeconds())
                            .retryAfter(wait);
                });
        return statuses.find(referenceNumber)
                .orElseThrow(() ->
                        ApiRefusedException.of(HttpStatus.NOT_FOUND, "not-found", "registration.statusPage.notFound"));
    }

    /** What a continue answers: the same whether or not the reference belongs to a registration in progress. */
    record ContinueRequested(String message) {}

    @PostMapping("/continue")
    @Operation(
            operationId = "iecContinue",
            summary = "Continue by reference number: OTPs to the registration's registered contacts",
            description = "The answer is the same whether or not the reference belongs to a registration in progress,"
                    + " as on the page; then POST /continue/otp with the codes.")
    @ApiResponse(responseCode = "202", description = "Sent, if the reference belongs to a registration in progress")
    @ApiResponse(responseCode = "400", description = "No reference number (errors per field)")
    @ApiResponse(responseCode = "429", description = "Too many tries from this address or for this reference")
    ResponseEntity<ContinueRequested> continueWith(
            @Valid @RequestBody IecForms.ReferenceForm form, HttpServletRequest request) {
        requireWithinSeconds(RateLimit.IEC_CONTINUE_ADDRESS, request.getRemoteAddr());
        String reference = form.referenceNumber().strip().toUpperCase(java.util.Locale.ROOT);
        requireWithin(RateLimit.IEC_CONTINUE_REFERENCE, reference, "registration.iec.continue.rateLimited");
        flow.sendContinueOtps(form.referenceNumber(), request.getRemoteAddr());
        return ResponseEntity.accepted()
                .body(new ContinueRequested(
                        messages.getMessage("registration.iec.continue.sent", null, LocaleContextHolder.getLocale())));
    }

    @PostMapping("/continue/otp")
    @Operation(
            operationId = "iecContinueOtp",
            summary = "Continue by reference number with the OTPs: the answer carries the wizard's new key",
            description = "The key the registration had before stops working (whoever saw it cannot go on).")
    @ApiResponse(responseCode = "200", description = "Continued: the registration with its new id")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed")
    @ApiResponse(
            responseCode = "422",
            description = "The reference and the codes do not match a registration in"
                    + " progress (one answer for every reason)")
    @ApiResponse(responseCode = "429", description = "Too many tries from this address")
    IecRegistrationState continueWithOtp(
            @Valid @RequestBody IecForms.ContinueOtpForm form, HttpServletRequest request) {
        requireWithinSeconds(RateLimit.IEC_CONTINUE_ADDRESS, request.getRemoteAddr());
        Registration registration = flow.continueWith(
                        form.referenceNumber(),
                        form.mobileOtp().strip(),
                        form.emailOtp().strip(),
                        request.getRemoteAddr())
                .orElseThrow(() -> ApiRefusedException.of(
                        HttpStatus.UNPROCESSABLE_CONTENT, "refused", "registration.iec.continue.notMatched"));
        return state(registration.flowKey());
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "iecRegistration",
            summary = "Where a registration stands: its step, documents, DSC challenge, ID")
    @ApiResponse(responseCode = "200", description = "The registration")
    @ApiResponse(responseCode = "404", description = "No registration has this key (any more)")
    IecRegistrationState registration(@PathVariable UUID id) {
        return state(id);
    }

    @PostMapping("/{id}/otp")
    @Operation(operationId = "iecOtp", summary = "The OTPs sent to the registered mobile and email")
    @ApiResponse(responseCode = "200", description = "Verified: the documents come next")
    @ApiResponse(responseCode = "400", description = "A code is not correct, used up or expired (errors per field)")
    @ApiResponse(responseCode = "404", description = "No registration has this key")
    @ApiResponse(responseCode = "409", description = "The OTPs were verified already")
    @ApiResponse(responseCode = "410", description = "No more tries and no more OTPs: start again")
    IecRegistrationState otp(@PathVariable UUID id, @Valid @RequestBody OtpForm form, HttpServletRequest request) {
        Registration registration = open(id);
        if (IecWizardStep.reached(registration.status()) != IecWizardStep.OTP) {
            throw ApiRefusedException.of(HttpStatus.CONFLICT, "outOfOrder", "registration.iec.otp.alreadyVerified");
        }
        var outcome = step(() ->
                flow.verifyOtps(id, form.mobileOtp().strip(), form.emailOtp().strip(), request.getRemoteAddr()));
        OtpCheck check = outcome.check();
        if (!check.bothMatch()) {
            if (outcome.startAgain()) {
                throw ApiRefusedException.of(HttpStatus.GONE, "start-again", "registration.iec.otp.startAgain");
            }
            var errors = new MapBindingResult(new HashMap<>(), "form");
            OtpFieldErrors.reject(check, errors);
            var refused = invalid();
            for (FieldError error : errors.getFieldErrors()) {
                refused = refused.field(error.getField(), error.getCode());
            }
            throw refused;
        }
        return state(id);
    }

    @PostMapping("/{id}/resend")
    @Operation(operationId = "iecResend", summary = "New OTPs to the registered contacts")
    @ApiResponse(responseCode = "200", description = "Sent")
    @ApiResponse(responseCode = "404", description = "No registration has this key")
    @ApiResponse(responseCode = "409", description = "The OTPs were verified already, or every resend is used")
    @ApiResponse(responseCode = "429", description = "Too soon after the last ones; Retry-After")
    IecRegistrationState resend(@PathVariable UUID id, HttpServletRequest request) {
        open(id);
        step(() -> flow.resendOtps(id, request.getRemoteAddr()));
        return state(id);
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            operationId = "iecDocument",
            summary = "Upload one KYC document (PDF, JPEG or PNG)",
            description = "type is one of documentsRequired; a second upload of a type replaces the first.")
    @ApiResponse(responseCode = "200", description = "Kept")
    @ApiResponse(responseCode = "404", description = "No registration has this key")
    @ApiResponse(responseCode = "409", description = "The registration is not at a step that takes documents")
    @ApiResponse(responseCode = "422", description = "Refused: unknown type, empty, too large, or not what it says")
    IecRegistrationState document(
            @PathVariable UUID id,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request) {
        open(id);
        Optional<KycDocumentType> kind = KycDocumentType.parse(type);
        step(() -> flow.upload(id, kind.orElse(null), file, request.getRemoteAddr()));
        return state(id);
    }

    @PostMapping(path = "/{id}/dsc", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            operationId = "iecSignature",
            summary = "The detached CMS signature (.p7s, DER or PEM) of the challenge, made with a Class III DSC",
            description = "Checked as on the page: Class III, trusted chain, valid and not revoked, signing the"
                    + " challenge, by a signatory of the IEC (name and PAN). A failure answers 422 with every check.")
    @ApiResponse(responseCode = "200", description = "Every check passed: the ICEGATE ID comes next")
    @ApiResponse(responseCode = "404", description = "No registration has this key")
    @ApiResponse(responseCode = "409", description = "The registration is closed or submitted already")
    @ApiResponse(
            responseCode = "422",
            description = "Refused: documents still missing, no file, this challenge"
                    + " signed already (code refused), or a check failed (code signature-refused, with every check)")
    SignatureOutcome signature(
            @PathVariable UUID id,
            @RequestParam(name = "signature", required = false) MultipartFile signature,
            HttpServletRequest request) {
        open(id);
        DscVerification verification =
                step(() -> flow.verifySignature(id, signatures.read(signature, null), request.getRemoteAddr()));
        List<Check> checks = verification.checks().stream()
                .map(check -> new Check(check.type().name(), check.outcome().name(), check.messageKey()))
                .toList();
        if (!verification.passed()) {
            throw ApiRefusedException.of(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "signature-refused",
                            verification.firstFailure().orElseThrow().messageKey())
                    .with("checks", checks);
        }
        return new SignatureOutcome(true, checks, state(id));
    }

    @PostMapping("/{id}/icegate-id")
    @Operation(
            operationId = "iecIcegateId",
            summary = "Choose the ICEGATE ID and password",
            description = "For an upgrade of a simplified account the body may be empty: its ID and password stay.")
    @ApiResponse(responseCode = "200", description = "Chosen: submit comes next")
    @ApiResponse(responseCode = "400", description = "The ID or password breaks a rule, or the ID is taken")
    @ApiResponse(responseCode = "404", description = "No registration has this key")
    @ApiResponse(responseCode = "409", description = "Not the step where the registration stands")
    IecRegistrationState icegateId(
            @PathVariable UUID id, @Valid @RequestBody IcegateIdForm form, HttpServletRequest request) {
        Registration registration = open(id);
        if (registration.upgrade()) {
            step(() -> {
                flow.chooseId(id, registration.icegateId().orElseThrow(), null, request.getRemoteAddr());
                return null;
            });
            return state(id);
        }
        var refused = invalid();
        boolean wrong = false;
        if (form.icegateId() == null || form.icegateId().isBlank()) {
            refused = refused.field("icegateId", "field.icegateId.required");
            wrong = true;
        }
        if (form.newPassword() == null || form.newPassword().isEmpty()) {
            refused = refused.field("newPassword", "field.password.required");
            wrong = true;
        } else if (!form.newPassword().equals(form.confirmPassword())) {
            refused = refused.field("confirmPassword", "registration.iec.id.confirmMismatch");
            wrong = true;
        }
        if (wrong) {
            throw refused;
        }
        step(() -> {
            flow.chooseId(id, IcegateId.of(form.icegateId()), form.newPassword(), request.getRemoteAddr());
            return null;
        });
        return state(id);
    }

    @PostMapping("/{id}/submit")
    @Operation(operationId = "iecSubmit", summary = "Submit for approval: the registration joins the admin's queue")
    @ApiResponse(responseCode = "200", description = "Submitted: keep the reference number")
    @ApiResponse(responseCode = "404", description = "No registration has this key")
    @ApiResponse(responseCode = "409", description = "Submitted already, or closed")
    @ApiResponse(responseCode = "422", description = "Not ready: a step is missing (code refused)")
    IecRegistrationState submit(@PathVariable UUID id, HttpServletRequest request) {
        open(id);
        step(() -> flow.submit(id, request.getRemoteAddr()));
        return state(id);
    }

    private IecRegistrationState state(UUID id) {
        Registration registration = step(() -> flow.find(id));
        boolean open = IecRegistrationFlow.OPEN.contains(registration.status());
        boolean otpsVerified =
                open && IecWizardStep.reached(registration.status()).compareTo(IecWizardStep.DOCUMENTS) >= 0;
        DscStep dsc = otpsVerified ? flow.dscStep(registration) : null;
        return new IecRegistrationState(
                registration.flowKey(),
                registration.referenceNumber(),
                registration.status(),
                open ? IecWizardStep.reached(registration.status()).path() : null,
                documents.required(registration).stream().map(Enum::name).toList(),
                documents.missing(registration).stream().map(Enum::name).toList(),
                dsc == null ? null : dsc.challenge(),
                dsc != null && dsc.passed(),
                registration.icegateId().map(IcegateId::value).orElse(null),
                registration.submittedAt().orElse(null));
    }

    /** The registration, while it can still go on. */
    private Registration open(UUID id) {
        Registration registration = step(() -> flow.find(id));
        if (IecRegistrationFlow.HANDED_IN.contains(registration.status())) {
            throw ApiRefusedException.of(HttpStatus.CONFLICT, "submitted", "registration.iec.alreadySubmitted");
        }
        if (!IecRegistrationFlow.OPEN.contains(registration.status())) {
            throw ApiRefusedException.of(HttpStatus.CONFLICT, "closed", "registration.iec.closed");
        }
        return registration;
    }

    /** As {@link #requireWithin}, with the wizard's message that counts the wait in seconds. */
    private void requireWithinSeconds(RateLimit limit, String key) {
        rateLimits.tryConsume(limit, key).ifPresent(wait -> {
            throw ApiRefusedException.of(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "rate-limited",
                            "registration.iec.rateLimited",
                            wait.toSeconds())
                    .retryAfter(wait);
        });
    }

    private void requireWithin(RateLimit limit, String key, String messageKey) {
        rateLimits.tryConsume(limit, key).ifPresent(wait -> {
            throw ApiRefusedException.of(
                            HttpStatus.TOO_MANY_REQUESTS, "rate-limited", messageKey, RateLimit.minutes(wait))
                    .retryAfter(wait);
        });
    }

    /** Runs a step, answering the wizard's refusals as problems. */
    private <T> T step(Supplier<T> step) {
        try {
            return step.get();
        } catch (FlowNotFoundException gone) {
            throw ApiRefusedException.of(HttpStatus.NOT_FOUND, "not-found", "registration.iec.linkGone");
        } catch (StepRefusedException refused) {
            throw problem(refused);
        } catch (RegistrationStateException state) {
            throw ApiRefusedException.of(
                    HttpStatus.CONFLICT, "outOfOrder", state.messageKey(), state.messageArguments(otp));
        } catch (OptimisticLockingFailureException twice) {
            throw ApiRefusedException.of(HttpStatus.CONFLICT, "outOfOrder", "registration.state.outOfOrder");
        }
    }

    /**
     * A refusal of the wizard as a problem: too soon for a resend is 429 with the wait; a refusal that names fields
     * is 422 with each field's message; one of the whole step is 422, or 409 when the step is out of order.
     */
    private static ApiRefusedException problem(StepRefusedException refused) {
        if ("otp.resend.tooSoon".equals(refused.messageKey())) {
            long seconds = ((Number) refused.arguments()[0]).longValue();
            return ApiRefusedException.of(
                            HttpStatus.TOO_MANY_REQUESTS, "resend-too-soon", refused.messageKey(), refused.arguments())
                    .retryAfter(Duration.ofSeconds(Math.max(1, seconds)));
        }
        var first = refused.refusals().get(0);
        var problem = ApiRefusedException.of(
                HttpStatus.UNPROCESSABLE_CONTENT, "refused", first.messageKey(), first.arguments());
        for (var refusal : refused.refusals()) {
            if (refusal.field() != null) {
                problem = problem.field(refusal.field(), refusal.messageKey(), refusal.arguments());
            }
        }
        return problem;
    }

    private static ApiRefusedException invalid() {
        return ApiRefusedException.of(HttpStatus.BAD_REQUEST, "invalid", "api.problem.invalid");
    }
}
