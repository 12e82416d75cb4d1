package io.github.icegateportal.registration.simplified;

import io.github.icegateportal.account.IcegateIdTakenException;
import io.github.icegateportal.account.IecAlreadyHasAccountException;
import io.github.icegateportal.registration.RegistrationStateException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What Route A's pages answer when the flow cannot go on: a step out of order, two requests for one step at once,
 * and an address that names no registration. Ahead of the portal's own 404 for junk in a path.
 */
@ControllerAdvice(
        assignableTypes = {
            SimplifiedRegistrationController.class,
            SimplifiedResumeController.class,
            SimplifiedAccountController.class,
            SimplifiedOtpController.class,
            SimplifiedAlternateContactsController.class
        })
@Order(Ordered.HIGHEST_PRECEDENCE)
class SimplifiedRegistrationAdvice {

    private final SimplifiedViews views;

    SimplifiedRegistrationAdvice(SimplifiedViews views) {
        this.views = views;
    }

    @ExceptionHandler(RegistrationStateException.class)
    String stateRefused(RegistrationStateException ex, Model model, HttpServletResponse response) {
        if ("registration.state.unknown".equals(ex.messageKey())) {
            return linkGone(model, response);
        }
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        if ("registration.state.abandoned".equals(ex.messageKey())) {
            model.addAttribute("offerResume", true);
        }
        return this.views.message(model, ex.messageKey());
    }

    /**
     * Two requests for the same step at once (a double click, two tabs): the first one counts. A second Finish that
     * ran alongside the first finds the ID already made the new account's ({@link IcegateIdTakenException}).
     */
    @ExceptionHandler({
        OptimisticLockingFailureException.class,
        IecAlreadyHasAccountException.class,
        IcegateIdTakenException.class
    })
    String concurrentStep(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return this.views.message(model, "registration.state.outOfOrder");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String unknownRegistration(Model model, HttpServletResponse response) {
        return linkGone(model, response);
    }

    /**
     * A flow address that names no registration (mistyped, or from an old link): the way back in is the resume
     * form with the OTPs already received, or the first screen.
     */
    private String linkGone(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("offerResume", true);
        return this.views.message(model, "registration.simplified.linkGone");
    }
}
