package io.github.icegateportal.registration.iec;

import io.github.icegateportal.otp.OtpProperties;
import io.github.icegateportal.registration.RegistrationStateException;
import io.github.icegateportal.registration.iec.IecWizardPages.NotReachedException;
import io.github.icegateportal.registration.iec.IecWizardPages.RegistrationClosedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The answers every page of the IEC-based registration gives when its registration cannot show it. */
@ControllerAdvice(
        assignableTypes = {
            IecDetailsController.class,
            IecOtpController.class,
            IecDocumentsController.class,
            DscSignatureController.class,
            IecIcegateIdController.class,
            IecSubmitController.class,
            IecSubmittedController.class,
            IecContinueController.class
        })
class IecWizardAdvice {

    private static final String CLOSED = "registration/iec-closed";

    private final OtpProperties otp;

    IecWizardAdvice(OtpProperties otp) {
        this.otp = otp;
    }

    /** A step not reached yet goes on at the one to go on from; a registration handed in shows it was. */
    @ExceptionHandler(NotReachedException.class)
    String notReached(NotReachedException e) {
        return e.redirect();
    }

    /**
     * A wizard address that names no registration any more: its flow key was replaced when the person continued
     * with the reference ID (from another browser, say), or it was never one. The way back in is the reference ID.
     */
    @ExceptionHandler(FlowNotFoundException.class)
    String linkGone(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("messageKey", "registration.iec.linkGone");
        model.addAttribute("offerContinue", true);
        return CLOSED;
    }

    @ExceptionHandler(RegistrationClosedException.class)
    String closed(Model model) {
        model.addAttribute("messageKey", "registration.iec.closed");
        return CLOSED;
    }

    @ExceptionHandler(RegistrationStateException.class)
    String stateRefused(RegistrationStateException e, Model model) {
        model.addAttribute("messageKey", e.messageKey());
        model.addAttribute("messageArguments", e.messageArguments(otp));
        return CLOSED;
    }
}
