package io.github.icegateportal.admin;

import io.github.icegateportal.registration.DecisionConflictException;
import io.github.icegateportal.registration.RegistrationDetail;
import io.github.icegateportal.registration.RegistrationFilter;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationStateException;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.registration.RegistrationSummary;
import io.github.icegateportal.registration.Registrations;
import io.github.icegateportal.shared.api.ApiRefusedException;
import io.github.icegateportal.shared.api.PortalApi;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.InvalidFieldException;
import io.github.icegateportal.shared.security.ApiTokens.IssuedToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin's part of the JSON API: a login to a token, the approval queue, one registration, and decisions. */
@PortalApi
@RequestMapping("/api/v1/admin")
@Tag(name = "Admin", description = "The approval queue and decisions on DSC registrations, for admins")
class AdminApiController {

    private final AdminApiLogins logins;
    private final Registrations registrations;
    private final AdminDecisions decisions;

    AdminApiController(AdminApiLogins logins, Registrations registrations, AdminDecisions decisions) {
        this.logins = logins;
        this.registrations = registrations;
        this.decisions = decisions;
    }

    record AdminTokenRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 128) String password) {}

    @PostMapping("/tokens")
    @SecurityRequirements
    @Operation(
            operationId = "adminLogin",
            summary = "Log in as an admin",
            description = "With the admin login page's rate limit and lock-out.")
    @ApiResponse(responseCode = "200", description = "Logged in")
    @ApiResponse(responseCode = "400", description = "A field is missing (code invalid)")
    @ApiResponse(responseCode = "401", description = "Unknown name, wrong password or disabled (code bad-credentials)")
    @ApiResponse(responseCode = "403", description = "The password must be changed first, on /admin/password")
    @ApiResponse(responseCode = "429", description = "Locked out or rate limited; Retry-After says when to try again")
    IssuedToken token(@Valid @RequestBody AdminTokenRequest body, HttpServletRequest request) {
        return logins.token(body.username(), body.password(), request.getRemoteAddr());
    }

    /** One queue row. */
    record QueueItem(
            String referenceNumber,
            RegistrationRoute route,
            RegistrationStatus status,
            String iec,
            String firmName,
            String entityType,
            boolean upgrade,
            Instant createdAt,
            Instant submittedAt,
            long version) {

        static QueueItem of(RegistrationSummary summary) {
            return new QueueItem(
                    summary.referenceNumber(),
                    summary.route(),
                    summary.status(),
                    summary.iec().value(),
                    summary.firmName(),
                    summary.entityType() == null ? null : summary.entityType().name(),
                    summary.upgrade(),
                    summary.createdAt(),
                    summary.submittedAt(),
                    summary.version());
        }
    }

    record QueuePage(List<QueueItem> items, int page, int size, long totalElements, int totalPages) {}

    @GetMapping("/registrations")
    @Operation(
            operationId = "adminRegistrations",
            summary = "The registrations, as the queue page filters them",
            description = "Without filters, every registration; status=SUBMITTED&route=DSC is the approval queue."
                    + " Longest waiting first, 25 a page (page counts from 0).")
    @ApiResponse(responseCode = "200", description = "One page of registrations")
    @ApiResponse(responseCode = "400", description = "A filter value is not one of its kind (errors per field)")
    @ApiResponse(responseCode = "401", description = "No valid admin token")
    @ApiResponse(responseCode = "403", description = "Not an admin's token")
    QueuePage queue(
            @RequestParam(required = false) RegistrationRoute route,
            @RequestParam(required = false) RegistrationStatus status,
            @RequestParam(required = false) String iec,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal Jwt token) {
        admin(token);
        var rows = registrations.queue(
                new RegistrationFilter(route, status, iecOf(iec)),
                PageRequest.of(Math.max(0, page), ApprovalQueueController.PAGE_SIZE));
        return new QueuePage(
                rows.map(QueueItem::of).getContent(),
                rows.getNumber(),
                rows.getSize(),
                rows.getTotalElements(),
                rows.getTotalPages());
    }

    @GetMapping("/registrations/{reference}")
    @Operation(
            operationId = "adminRegistration",
            summary = "One registration with everything the admin's page shows",
            description = "The DGFT record and the field matches, the GSTN registrations, the documents' metadata, the"
                    + " DSC and its checks, the history; version is what a decision must name.")
    @ApiResponse(responseCode = "200", description = "The registration")
    @ApiResponse(responseCode = "401", description = "No valid admin token")
    @ApiResponse(responseCode = "403", description = "Not an admin's token")
    @ApiResponse(responseCode = "404", description = "No registration has this reference number")
    AdminApiRegistration registration(@PathVariable String reference, @AuthenticationPrincipal Jwt token) {
        admin(token);
        return AdminApiRegistration.of(find(reference));
    }

    /**
     * A decision as of the version the admin looked at.
     *
     * @param confirmed approving needs true: "I have checked the documents and the DSC", as on the page
     * @param reason to reject: one of the usual reasons (DOCUMENT_UNREADABLE, DOCUMENT_MISSING,
     *     DOCUMENT_NOT_MATCHING, SIGNATORY_NOT_AUTHORISED, ADDRESS_PROOF_OUTDATED) or OTHER
     * @param details the admin's words for the applicant; required with OTHER
     */
    record DecisionRequest(
            @NotNull Long version,
            Boolean confirmed,
            String reason,
            @Size(max = 800) String details) {}

    /** What was decided. */
    record Decision(String referenceNumber, RegistrationStatus status, String decidedBy, Instant decidedAt) {}

    @PostMapping("/registrations/{reference}/approve")
    @Operation(
            operationId = "approveRegistration",
            summary = "Approve a DSC registration: the applicant is sent the activation link")
    @ApiResponse(responseCode = "200", description = "Approved")
    @ApiResponse(responseCode = "400", description = "confirmed is not true, or version is missing")
    @ApiResponse(responseCode = "401", description = "No valid admin token")
    @ApiResponse(responseCode = "403", description = "Not an admin's token")
    @ApiResponse(responseCode = "404", description = "No registration has this reference number")
    @ApiResponse(
            responseCode = "409",
            description = "Already decided by another admin (code decided), changed since"
                    + " that version (code changed), or not waiting for a decision (code not-waiting)")
    Decision approve(
            @PathVariable String reference,
            @Valid @RequestBody DecisionRequest body,
            @AuthenticationPrincipal Jwt token,
            HttpServletRequest request) {
        String admin = admin(token);
        var detail = find(reference);
        if (!Boolean.TRUE.equals(body.confirmed())) {
            throw ApiRefusedException.of(HttpStatus.BAD_REQUEST, "invalid", "api.problem.invalid")
                    .field("confirmed", "admin.decision.confirmRequired");
        }
        return decide(
                detail,
                () -> decisions.approve(detail.referenceNumber(), admin, request.getRemoteAddr(), body.version()));
    }

    @PostMapping("/registrations/{reference}/reject")
    @Operation(
            operationId = "rejectRegistration",
            summary = "Reject a DSC registration with a reason: the applicant is sent it")
    @ApiResponse(responseCode = "200", description = "Rejected")
    @ApiResponse(responseCode = "400", description = "No known reason, or OTHER without details (errors per field)")
    @ApiResponse(responseCode = "401", description = "No valid admin token")
    @ApiResponse(responseCode = "403", description = "Not an admin's token")
    @ApiResponse(responseCode = "404", description = "No registration has this reference number")
    @ApiResponse(responseCode = "409", description = "Already decided, changed since that version, or not waiting")
    Decision reject(
            @PathVariable String reference,
            @Valid @RequestBody DecisionRequest body,
            @AuthenticationPrincipal Jwt token,
            HttpServletRequest request) {
        String admin = admin(token);
        var detail = find(reference);
        var reason = RejectionReason.of(body.reason());
        String details = body.details() == null ? "" : body.details().strip();
        if (reason.isEmpty()) {
            throw ApiRefusedException.of(HttpStatus.BAD_REQUEST, "invalid", "api.problem.invalid")
                    .field("reason", "admin.decision.reasonRequired");
        }
        if (reason.get() == RejectionReason.OTHER && details.isEmpty()) {
            throw ApiRefusedException.of(HttpStatus.BAD_REQUEST, "invalid", "api.problem.invalid")
                    .field("details", "admin.decision.reasonTextRequired");
        }
        return decide(
                detail,
                () -> decisions.reject(
                        detail.referenceNumber(),
                        admin,
                        request.getRemoteAddr(),
                        reason.get(),
                        details,
                        body.version()));
    }

    private Decision decide(RegistrationDetail detail, Runnable decision) {
        try {
            decision.run();
        } catch (DecisionConflictException conflict) {
            if (conflict.decidedBy() != null) {
                throw ApiRefusedException.of(
                                HttpStatus.CONFLICT,
                                "decided",
                                "admin.decision.conflict",
                                conflict.decidedBy(),
                                conflict.decidedAt())
                        .with("decidedBy", conflict.decidedBy())
                        .with("decidedAt", conflict.decidedAt());
            }
            throw ApiRefusedException.of(HttpStatus.CONFLICT, "changed", "admin.decision.changed");
        } catch (RegistrationStateException notWaiting) {
            throw ApiRefusedException.of(
                    HttpStatus.CONFLICT,
                    "not-waiting",
                    "admin.decision.notWaiting",
                    notWaiting.status().name());
        }
        var decided = find(detail.referenceNumber());
        return new Decision(decided.referenceNumber(), decided.status(), decided.decidedBy(), decided.decidedAt());
    }

    private RegistrationDetail find(String reference) {
        return registrations
                .detail(ApprovalQueueController.referenceOf(reference))
                .orElseThrow(() -> ApiRefusedException.of(HttpStatus.NOT_FOUND, "not-found", "api.problem.notFound"));
    }

    private String admin(Jwt token) {
        return logins.requireAdmin(token);
    }

    private static Iec iecOf(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Iec.of(typed);
        } catch (InvalidFieldException invalid) {
            throw ApiRefusedException.of(HttpStatus.BAD_REQUEST, "invalid", "api.problem.invalid")
                    .field("iec", invalid.messageKey(), invalid.arguments());
        }
    }
}
