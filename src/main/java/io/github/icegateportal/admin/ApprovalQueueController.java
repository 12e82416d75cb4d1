package io.github.icegateportal.admin;

import io.github.icegateportal.registration.DecisionConflictException;
import io.github.icegateportal.registration.RegistrationDetail;
import io.github.icegateportal.registration.RegistrationFilter;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationStateException;
import io.github.icegateportal.registration.RegistrationStateMachine;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.registration.Registrations;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.PanHolderType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approval queue: DSC registrations waiting for a decision, oldest first, each with its age against the 24–72
 * hour promise; the detail page with the decision beside the application's summary, then the DGFT and GSTN records,
 * documents, DSC and history; approve (only once the admin confirms having checked the documents and the DSC), or
 * reject with a reason. When two admins
 * decide the same registration, the registration module lets exactly one decision count and this page tells the
 * other who decided and when.
 */
@Controller
class ApprovalQueueController {

    static final int PAGE_SIZE = 25;

    private final Registrations registrations;
    private final AdminDecisions decisions;
    private final AdminProperties properties;
    private final Clock clock;

    ApprovalQueueController(
            Registrations registrations, AdminDecisions decisions, AdminProperties properties, Clock clock) {
        this.registrations = registrations;
        this.decisions = decisions;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/admin/registrations")
    String queue(
            @ModelAttribute("filter") QueueFilter filter,
            BindingResult result,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String reference = null;
        if (filter.reference() != null && !filter.reference().isBlank()) {
            reference = referenceOf(filter.reference());
            if (reference.length() == 14 && registrations.detail(reference).isPresent()) {
                return "redirect:/admin/registrations/" + reference;
            }
        }
        Iec iec = FormFields.optional(filter.iec(), Iec::of, "iec", result);
        RegistrationRoute route = filter.routeIn(result);
        RegistrationStatus status = filter.statusIn(result);
        var rows = registrations.queue(
                new RegistrationFilter(
                        route,
                        status,
                        iec,
                        filter.entityTypeIn(result),
                        filter.fromIn(result),
                        filter.toIn(result),
                        reference),
                PageRequest.of(Math.max(0, page), PAGE_SIZE));
        if (reference != null && rows.isEmpty()) {
            result.rejectValue("reference", "admin.queue.referenceUnknown");
        }
        Instant now = clock.instant();
        model.addAttribute("rows", rows.map(summary -> row(summary.submittedAt(), summary, now)));
        model.addAttribute("statuses", statusesOf(route, status));
        model.addAttribute("routes", RegistrationRoute.values());
        model.addAttribute("entityTypes", PanHolderType.values());
        model.addAttribute("promiseHours", properties.promise().toHours());
        return "admin/registrations";
    }

    /**
     * The states the filter offers: those of the route chosen, in the order a registration passes them
     * ({@link RegistrationStateMachine}), and the one chosen if that route does not use it (an edited link).
     */
    static List<RegistrationStatus> statusesOf(RegistrationRoute route, RegistrationStatus chosen) {
        var statuses = new ArrayList<>(RegistrationStateMachine.of(route).states());
        if (!statuses.contains(chosen)) {
            statuses.add(chosen);
        }
        return statuses;
    }

    @GetMapping("/admin/registrations/{reference}")
    String detail(@PathVariable String reference, Model model) {
        var detail =
                registrations.detail(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DecisionForm.empty(detail.version()));
        }
        addDetail(detail, model);
        return "admin/registration";
    }

    @PostMapping("/admin/registrations/{reference}/approve")
    String approve(
            @PathVariable String reference,
            @ModelAttribute("form") DecisionForm form,
            BindingResult result,
            Principal principal,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        var detail =
                registrations.detail(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!form.isConfirmed()) {
            result.rejectValue("confirmed", "admin.decision.confirmRequired");
            addDetail(detail, model);
            return "admin/registration";
        }
        long version = form.version() == null ? -1 : form.version();
        return decide(
                detail,
                redirect,
                () -> decisions.approve(
                        detail.referenceNumber(), principal.getName(), request.getRemoteAddr(), version),
                "approved");
    }

    @PostMapping("/admin/registrations/{reference}/reject")
    String reject(
            @PathVariable String reference,
            @Valid @ModelAttribute("form") DecisionForm form,
            BindingResult result,
            Principal principal,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        var detail =
                registrations.detail(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var reason = RejectionReason.of(form.reasonCode());
        String text = form.reasonText() == null ? "" : form.reasonText().strip();
        if (reason.isEmpty()) {
            result.rejectValue("reasonCode", "admin.decision.reasonRequired");
        } else if (reason.get() == RejectionReason.OTHER && text.isEmpty()) {
            result.rejectValue("reasonText", "admin.decision.reasonTextRequired");
        }
        if (result.hasErrors()) {
            addDetail(detail, model);
            return "admin/registration";
        }
        long version = form.version() == null ? -1 : form.version();
        return decide(
                detail,
                redirect,
                () -> decisions.reject(
                        detail.referenceNumber(),
                        principal.getName(),
                        request.getRemoteAddr(),
                        reason.get(),
                        text,
                        version),
                "rejected");
    }

    private String decide(RegistrationDetail detail, RedirectAttributes redirect, Runnable decision, String outcome) {
        try {
            decision.run();
            redirect.addFlashAttribute("decided", outcome);
        } catch (DecisionConflictException conflict) {
            if (conflict.decidedBy() != null) {
                redirect.addFlashAttribute("conflictBy", conflict.decidedBy());
                redirect.addFlashAttribute("conflictAt", conflict.decidedAt());
            } else {
                redirect.addFlashAttribute("changed", true);
            }
        } catch (RegistrationStateException notWaiting) {
            redirect.addFlashAttribute("notWaiting", notWaiting.status().name());
        }
        return "redirect:/admin/registrations/" + detail.referenceNumber();
    }

    private void addDetail(RegistrationDetail detail, Model model) {
        model.addAttribute("registration", detail);
        model.addAttribute("reasons", RejectionReason.values());
        model.addAttribute("waiting", detail.status() == RegistrationStatus.SUBMITTED);
    }

    private QueueRow row(
            Instant submittedAt, io.github.icegateportal.registration.RegistrationSummary summary, Instant now) {
        Instant since = submittedAt == null ? summary.createdAt() : submittedAt;
        Duration age = Duration.between(since, now);
        boolean waiting = summary.status() == RegistrationStatus.SUBMITTED;
        return new QueueRow(
                summary,
                Ages.text(age),
                waiting && age.compareTo(Ages.USUAL) > 0,
                waiting && age.compareTo(properties.promise()) > 0);
    }

    /** A reference number as typed: any case, with or without the dashes. */
    static String referenceOf(String typed) {
        String compact = typed.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        if (compact.length() == 12) {
            return compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
        }
        return compact;
    }
}
