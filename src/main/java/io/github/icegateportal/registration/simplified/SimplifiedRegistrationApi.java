package io.github.icegateportal.registration.simplified;

import io.github.icegateportal.account.IcegateIdTakenException;
import io.github.icegateportal.account.IecAlreadyHasAccountException;
import io.github.icegateportal.captcha.CaptchaService;
import io.github.icegateportal.directory.DirectoryUnavailableException;
import io.github.icegateportal.otp.OtpCheck;
import io.github.icegateportal.otp.OtpFieldErrors;
import io.github.icegateportal.otp.OtpProperties;
import io.github.icegateportal.otp.OtpResendLimitException;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationStateException;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.registration.TemporaryPasswords;
import io.github.icegateportal.registration.simplified.SimplifiedForms.AlternateContactsForm;
import io.github.icegateportal.registration.simplified.SimplifiedForms.AlternateOtpForm;
import io.github.icegateportal.registration.simplified.SimplifiedForms.DetailsForm;
import io.github.icegateportal.registration.simplified.SimplifiedForms.IcegateIdForm;
import io.github.icegateportal.registration.simplified.SimplifiedForms.OtpForm;
import io.github.icegateportal.registration.simplified.SimplifiedForms.TemporaryPasswordForm;
import io.github.icegateportal.shared.api.ApiRefusedException;
import io.github.icegateportal.shared.api.PortalApi;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.security.ApiKeys;
import io.github.icegateportal.shared.web.RateLimit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Route A over the API, step by step as the pages take it (seeds/002): the temporary password, IEC + GSTIN + password,
 * the ICEGATE ID, the OTPs, then Finish or the alternate contacts and their OTPs. The same forms (so the same field
 * rules and messages), the same flow service, captcha, rate limits and state table as the pages; each answer says
 * where the registration stands and which steps may come next.
 */
@PortalApi
@RequestMapping("/api/v1/registrations/simplified")
@Tag(name = "Route A: simplified registration", description = "IEC + GSTIN + temporary password + OTPs (seeds/002)")
@SecurityRequirements
class SimplifiedRegistrationApi {

    private final SimplifiedRegistrationFlow flow;
    private final TemporaryPasswords temporaryPasswords;
    private final CaptchaService captcha;
    private final SimplifiedThrottle throttle;
    private final OtpProperties otpProperties;
    private final MessageSource messages;
    private final ApiKeys apiKeys;

    SimplifiedRegistrationApi(
            SimplifiedRegistrationFlow flow,
            TemporaryPasswords temporaryPasswords,
            CaptchaService captcha,
            SimplifiedThrottle throttle,
            OtpProperties otpProperties,
            MessageSource messages,
            ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
        this.messages = messages;
        this.flow = flow;
        this.temporaryPasswords = temporaryPasswords;
        this.captcha = captcha;
        this.throttle = throttle;
        this.otpProperties = otpProperties;
    }

    /**
     * Where a registration stands.
     *
     * @param nextSteps the steps that may be posted now (paths under this registration), empty once complete
     * @param email the contacts the OTPs go to and the account gets: from GSTN, or the alternate ones once given
     * @param icegateId the account's ID once complete (or the ID chosen, once chosen)
     */
    record SimplifiedRegistrationState(
            UUID id,
            String referenceNumber,
            RegistrationStatus status,
            List<String> nextSteps,
            String email,
            String mobile,
            String icegateId) {

        static SimplifiedRegistrationState of(Registration registration) {
            return new SimplifiedRegistrationState(
                    registration.id(),
                    registration.referenceNumber(),
                    registration.status(),
                    nextSteps(registration.status()),
                    registration.alternateEmail().orElse(registration.email()).value(),
                    registration.alternateMobile().orElse(registration.mobile()).value(),
                    registration.icegateId().map(IcegateId::value).orElse(null));
        }

        private static List<String> nextSteps(RegistrationStatus status) {
            return switch (status) {
                case DETAILS_VERIFIED -> List.of("icegate-id");
                case OTP_SENT -> List.of("otp", "resend");
                case OTP_VERIFIED -> List.of("finish", "alternate-contacts");
                case ALTERNATE_OTP_SENT -> List.of("alternate-otp", "resend", "alternate-contacts");
                default -> List.of();
            };
        }
    }

    /** The answer to a request for a temporary password: the same whether or not the IEC was eligible. */
    record TemporaryPasswordRequested(String message) {}

    @PostMapping("/temporary-password")
    @Operation(
            operationId = "simplifiedTemporaryPassword",
            summary = "Send (again) a temporary password to the contacts GSTN holds for the GSTIN",
            description = "The answer is the same whether or not the pair is eligible, as on the page.")
    @ApiResponse(responseCode = "202", description = "Sent, if the pair may register")
    @ApiResponse(responseCode = "400", description = "A field is wrong, or the captcha (errors per field)")
    @ApiResponse(responseCode = "429", description = "Too many requests for this address or IEC; Retry-After")
    @ApiResponse(responseCode = "503", description = "GSTN or DGFT is not answering; nothing was sent")
    ResponseEntity<TemporaryPasswordRequested> temporaryPassword(
            @Valid @RequestBody TemporaryPasswordForm form, HttpServletRequest request) {
        requireCaptcha(
                request, form.captchaId() == null ? null : form.captchaId().toString(), form.captcha());
        Iec iec = Iec.of(form.iec());
        requireWithinLimits(
                RateLimit.SIMPLIFIED_TEMPORARY_PASSWORD_ADDRESS,
                RateLimit.SIMPLIFIED_TEMPORARY_PASSWORD_IEC,
                iec,
                request.getRemoteAddr());
        step(() -> temporaryPasswords.issueFor(iec, Gstin.of(form.gstin())));
        return ResponseEntity.accepted()
                .body(new TemporaryPasswordRequested(messages.getMessage(
                        "registration.temporaryPassword.sent", null, LocaleContextHolder.getLocale())));
    }

    @PostMapping
    @Operation(
            operationId = "simplifiedStart",
            summary = "Start: IEC, GSTIN and the temporary password (Auto IEC Registration Without DSC)",
            description = "Checked against DGFT and GSTN as on the page; the answer names the registration, whose"
                    + " next step is choosing the ICEGATE ID.")
    @ApiResponse(responseCode = "201", description = "Started")
    @ApiResponse(responseCode = "400", description = "A field is wrong, or the captcha (errors per field)")
    @ApiResponse(
            responseCode = "422",
            description = "Refused with the page's words (code refused): details do not"
                    + " match ICEGATE records, the IEC is not active or already registered, ...")
    @ApiResponse(responseCode = "429", description = "Too many attempts for this address or IEC; Retry-After")
    @ApiResponse(responseCode = "503", description = "GSTN or DGFT is not answering")
    ResponseEntity<SimplifiedRegistrationState> start(
            @Valid @RequestBody DetailsForm form, HttpServletRequest request) {
        requireCaptcha(
                request, form.captchaId() == null ? null : form.captchaId().toString(), form.captcha());
        Iec iec = Iec.of(form.iec());
        String address = request.getRemoteAddr();
        requireWithinLimits(RateLimit.SIMPLIFIED_START_ADDRESS, RateLimit.SIMPLIFIED_START_IEC, iec, address);
        UUID id = step(() -> flow.start(iec, Gstin.of(form.gstin()), form.password(), address));
        return ResponseEntity.status(HttpStatus.CREATED).body(state(id));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "simplifiedRegistration", summary = "Where a registration stands and what may come next")
    @ApiResponse(responseCode = "200", description = "The registration")
    @ApiResponse(responseCode = "404", description = "No registration of this route has this id")
    @ApiResponse(responseCode = "409", description = "It expired or was replaced by a newer one")
    SimplifiedRegistrationState registration(@PathVariable UUID id) {
        return state(id);
    }

    @PostMapping("/{id}/icegate-id")
    @Operation(
            operationId = "simplifiedIcegateId",
            summary = "Choose the ICEGATE ID and password; OTPs go to the mobile and email",
            description = "email and mobile in the body are ignored: the account gets the contacts from GSTN.")
    @ApiResponse(responseCode = "200", description = "Chosen; OTPs sent")
    @ApiResponse(responseCode = "400", description = "The ID or password breaks a rule, or the ID is taken")
    @ApiResponse(responseCode = "404", description = "No registration has this id")
    @ApiResponse(responseCode = "409", description = "Not the step where the registration stands")
    SimplifiedRegistrationState icegateId(
            @PathVariable UUID id, @Valid @RequestBody IcegateIdForm form, HttpServletRequest request) {
        Registration registration = open(id);
        Errors errors = new MapBindingResult(new HashMap<>(), "icegateIdForm");
        form.checkPassword(errors);
        refuseFields(errors);
        boolean chosen = step(() -> flow.chooseIcegateId(
                registration.id(), IcegateId.of(form.icegateId()), form.newPassword(), request.getRemoteAddr()));
        if (!chosen) {
            throw invalid().field("icegateId", "registration.simplified.icegateIdTaken");
        }
        return state(id);
    }

    @PostMapping("/{id}/otp")
    @Operation(operationId = "simplifiedOtp", summary = "The OTPs sent to the registered mobile and email")
    @ApiResponse(responseCode = "200", description = "Both match: Finish or give alternate contacts next")
    @ApiResponse(responseCode = "400", description = "A code is not correct, used up or expired (errors per field)")
    @ApiResponse(responseCode = "404", description = "No registration has this id")
    @ApiResponse(responseCode = "409", description = "Not the step where the registration stands")
    @ApiResponse(responseCode = "410", description = "The OTPs expired or every try is used: start again")
    SimplifiedRegistrationState otp(
            @PathVariable UUID id, @Valid @RequestBody OtpForm form, HttpServletRequest request) {
        open(id);
        OtpCheck check = step(() ->
                flow.verifyOtps(id, form.mobileOtp().strip(), form.emailOtp().strip(), request.getRemoteAddr()));
        requireMatch(check, "mobileOtp", "emailOtp");
        return state(id);
    }

    @PostMapping("/{id}/resend")
    @Operation(
            operationId = "simplifiedResend",
            summary = "New OTPs to the contacts the current ones went to (registered or alternate)")
    @ApiResponse(responseCode = "200", description = "Sent")
    @ApiResponse(responseCode = "404", description = "No registration has this id")
    @ApiResponse(responseCode = "409", description = "Not a step with OTPs out")
    @ApiResponse(responseCode = "410", description = "No more OTPs can be sent: start again")
    @ApiResponse(responseCode = "429", description = "Too soon after the last one; Retry-After")
    SimplifiedRegistrationState resend(@PathVariable UUID id, HttpServletRequest request) {
        open(id);
        try {
            step(() -> {
                flow.resendOtps(id, request.getRemoteAddr());
                return null;
            });
        } catch (OtpResendLimitException refused) {
            throw resendRefused(refused);
        }
        return state(id);
    }

    @PostMapping("/{id}/alternate-contacts")
    @Operation(
            operationId = "simplifiedAlternateContacts",
            summary = "Case 1.2: another email and mobile for the account; OTPs go to them")
    @ApiResponse(responseCode = "200", description = "OTPs sent to the alternate contacts")
    @ApiResponse(responseCode = "400", description = "A contact is not well formed (errors per field)")
    @ApiResponse(responseCode = "404", description = "No registration has this id")
    @ApiResponse(responseCode = "409", description = "Not the step where the registration stands")
    @ApiResponse(responseCode = "429", description = "Too soon after the last OTPs; Retry-After")
    SimplifiedRegistrationState alternateContacts(
            @PathVariable UUID id, @Valid @RequestBody AlternateContactsForm form, HttpServletRequest request) {
        open(id);
        try {
            step(() -> {
                flow.giveAlternateContacts(
                        id,
                        EmailAddress.of(form.alternateEmail()),
                        MobileNumber.of(form.alternateMobile()),
                        request.getRemoteAddr());
                return null;
            });
        } catch (OtpResendLimitException refused) {
            throw resendRefused(refused);
        }
        return state(id);
    }

    @PostMapping("/{id}/alternate-otp")
    @Operation(
            operationId = "simplifiedAlternateOtp",
            summary = "Case 1.2: the OTPs sent to the alternate contacts; both matching completes the registration")
    @ApiResponse(responseCode = "200", description = "Complete: the account is open with the alternate contacts")
    @ApiResponse(responseCode = "400", description = "A code is not correct, used up or expired (errors per field)")
    @ApiResponse(responseCode = "404", description = "No registration has this id")
    @ApiResponse(responseCode = "409", description = "Not the step where the registration stands")
    @ApiResponse(responseCode = "410", description = "The OTPs expired or every try is used: start again")
    SimplifiedRegistrationState alternateOtp(
            @PathVariable UUID id, @Valid @RequestBody AlternateOtpForm form, HttpServletRequest request) {
        open(id);
        OtpCheck check = step(() -> flow.verifyAlternateOtps(
                id, form.alternateMobileOtp().strip(), form.alternateEmailOtp().strip(), request.getRemoteAddr()));
        requireMatch(check, "alternateMobileOtp", "alternateEmailOtp");
        return state(id);
    }

    @PostMapping("/{id}/finish")
    @Operation(
            operationId = "simplifiedFinish",
            summary = "Case 1.1: Finish with the registered contacts; the account opens")
    @ApiResponse(responseCode = "200", description = "Complete: log in with the ICEGATE ID")
    @ApiResponse(responseCode = "404", description = "No registration has this id")
    @ApiResponse(responseCode = "409", description = "Not the step where the registration stands, or refused")
    SimplifiedRegistrationState finish(@PathVariable UUID id, HttpServletRequest request) {
        open(id);
        try {
            step(() -> flow.finish(id, request.getRemoteAddr()));
        } catch (ApiRefusedException refused) {
            if ("refused".equals(refused.code())) {
                throw ApiRefusedException.of(HttpStatus.CONFLICT, "refused", refused.messageKey(), refused.arguments());
            }
            throw refused;
        }
        return state(id);
    }

    private SimplifiedRegistrationState state(UUID id) {
        return SimplifiedRegistrationState.of(open(id));
    }

    private Registration open(UUID id) {
        return step(() -> flow.open(id));
    }

    /** Runs a step of the flow, answering its refusals as the pages' advice does, as problems. */
    private <T> T step(Supplier<T> step) {
        try {
            return step.get();
        } catch (RegistrationRefusedException refused) {
            throw ApiRefusedException.of(
                    HttpStatus.UNPROCESSABLE_CONTENT, "refused", refused.messageKey(), refused.arguments());
        } catch (DirectoryUnavailableException unavailable) {
            String source = unavailable.source().messageKey();
            throw ApiRefusedException.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "directory-unavailable",
                            unavailable.messageKey(),
                            new DefaultMessageSourceResolvable(new String[] {source}, source))
                    .retryAfter(Duration.ofMinutes(1));
        } catch (RegistrationStateException state) {
            if ("registration.state.unknown".equals(state.messageKey())) {
                throw ApiRefusedException.of(HttpStatus.NOT_FOUND, "not-found", "registration.state.unknown");
            }
            throw ApiRefusedException.of(
                    HttpStatus.CONFLICT,
                    state.messageKey().replace("registration.state.", ""),
                    state.messageKey(),
                    state.messageArguments(otpProperties));
        } catch (OptimisticLockingFailureException | IecAlreadyHasAccountException | IcegateIdTakenException twice) {
            throw ApiRefusedException.of(HttpStatus.CONFLICT, "outOfOrder", "registration.state.outOfOrder");
        }
    }

    /** The page's captcha, or an API key of scope registration in its stead. */
    private void requireCaptcha(HttpServletRequest request, String captchaId, String answer) {
        if (!apiKeys.allows(request, ApiKeys.REGISTRATION) && !captcha.passes(captchaId, answer)) {
            boolean blank = answer == null || answer.isBlank();
            throw invalid().field(CaptchaService.FIELD, blank ? "captcha.required" : "captcha.wrong");
        }
    }

    private void requireWithinLimits(RateLimit perAddress, RateLimit perIec, Iec iec, String address) {
        throttle.waitFor(perAddress, perIec, iec, address).ifPresent(wait -> {
            throw ApiRefusedException.of(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "rate-limited",
                            "registration.simplified.tooManyAttempts",
                            RateLimit.minutes(wait))
                    .retryAfter(wait);
        });
    }

    /** Both codes matched, or the answer the OTP pages give: start again (410) or what is wrong with each code. */
    private void requireMatch(OtpCheck check, String mobileField, String emailField) {
        if (check.bothMatch()) {
            return;
        }
        if (check.mustStartAgain()) {
            throw check.ranOut()
                    ? ApiRefusedException.of(
                            HttpStatus.GONE,
                            "otp-expired",
                            "otp.expired",
                            otpProperties.lifetime().toHours())
                    : ApiRefusedException.of(HttpStatus.GONE, "start-again", "otp.startAgain");
        }
        Errors errors = new MapBindingResult(new HashMap<>(), "otpForm");
        OtpFieldErrors.reject(check, errors, mobileField, emailField);
        refuseFields(errors);
    }

    private ApiRefusedException resendRefused(OtpResendLimitException refused) {
        if (refused.mustStartAgain()) {
            return ApiRefusedException.of(
                    HttpStatus.GONE, "start-again", refused.messageKey(), refused.messageArguments());
        }
        var problem = ApiRefusedException.of(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "resend-too-soon",
                        refused.messageKey(),
                        refused.messageArguments())
                .with("resendsLeft", refused.resendsLeft());
        return refused.retryAfter().map(problem::retryAfter).orElse(problem);
    }

    private static void refuseFields(Errors errors) {
        if (!errors.hasErrors()) {
            return;
        }
        var refused = invalid();
        for (FieldError error : errors.getFieldErrors()) {
            refused = refused.field(error.getField(), error.getCode());
        }
        throw refused;
    }

    private static ApiRefusedException invalid() {
        return ApiRefusedException.of(HttpStatus.BAD_REQUEST, "invalid", "api.problem.invalid");
    }
}
