package io.github.icegateportal.registration.iec;

import io.github.icegateportal.registration.Registration;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every page of the IEC-based registration's wizard starts with, as petclinic's {@code OwnerController} starts
 * with its owner: the registration found by the flow key in the address, the step checked against where it stands,
 * and what every step shows put into the model ({@code registration}, {@code step}, {@code reached}, {@code steps},
 * {@code open}; see {@code iec-fragments.html}). Each wizard controller calls it from its
 * {@code @ModelAttribute("registration")} method, once per request; {@link IecWizardAdvice} turns the refusals into
 * pages.
 */
@Component
class IecWizardPages {

    private final IecRegistrationFlow flow;

    IecWizardPages(IecRegistrationFlow flow) {
        this.flow = flow;
    }

    /**
     * The registration behind a page of {@code step}.
     *
     * @throws FlowNotFoundException when the key names no registration (any more)
     * @throws NotReachedException when the step is not reached yet, or the registration was handed in
     * @throws RegistrationClosedException when it ran out or was given up
     */
    Registration show(UUID flowKey, IecWizardStep step, Model model) {
        Registration registration = flow.find(flowKey);
        if (!IecRegistrationFlow.OPEN.contains(registration.status())) {
            if (IecRegistrationFlow.HANDED_IN.contains(registration.status())) {
                throw new NotReachedException(submitted(flowKey));
            }
            throw new RegistrationClosedException();
        }
        IecWizardStep reached = IecWizardStep.reached(registration.status());
        if (!reached.allows(step)) {
            throw new NotReachedException(flow.resumeAt(registration).redirect(flowKey));
        }
        model.addAttribute("step", step);
        model.addAttribute("reached", reached);
        model.addAttribute("steps", IecWizardStep.values());
        model.addAttribute("open", IecRegistrationFlow.OPEN.contains(registration.status()));
        return registration;
    }

    /** Post-redirect-get to the page that confirms a registration handed in. */
    static String submitted(UUID flowKey) {
        return "redirect:/registration/iec/" + flowKey + "/submitted";
    }

    /** The registration ran out or was given up: it cannot be continued. */
    static final class RegistrationClosedException extends RuntimeException {

        RegistrationClosedException() {
            super("Registration closed");
        }
    }

    /** A page of a step the registration has not reached yet, or of a registration handed in already. */
    static final class NotReachedException extends RuntimeException {

        private final String redirect;

        NotReachedException(String redirect) {
            super("Step not reached; going on at " + redirect);
            this.redirect = redirect;
        }

        /** Where the person goes on instead. */
        String redirect() {
            return redirect;
        }
    }
}
