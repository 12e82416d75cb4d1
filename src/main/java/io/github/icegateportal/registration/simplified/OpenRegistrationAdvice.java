package io.github.icegateportal.registration.simplified;

import io.github.icegateportal.registration.Registration;
import java.util.UUID;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Loads the registration behind {@code /registration/simplified/{id}/...} once per request, for the controllers of
 * the steps under that path, as petclinic's {@code OwnerController} loads its owner: an unknown, malformed or run-out
 * id never reaches a handler ({@link SimplifiedRegistrationAdvice} answers it). Handlers take it with
 * {@code @ModelAttribute(name = REGISTRATION, binding = false)}: nothing from a request is bound onto it.
 */
@ControllerAdvice(
        assignableTypes = {
            SimplifiedAccountController.class,
            SimplifiedOtpController.class,
            SimplifiedAlternateContactsController.class
        })
class OpenRegistrationAdvice {

    private final SimplifiedRegistrationFlow flow;

    OpenRegistrationAdvice(SimplifiedRegistrationFlow flow) {
        this.flow = flow;
    }

    @ModelAttribute(SimplifiedViews.REGISTRATION)
    Registration registration(@PathVariable UUID id) {
        return this.flow.open(id);
    }
}
