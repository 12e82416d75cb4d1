package io.github.icegateportal.registration.iec;

import io.github.icegateportal.registration.Registration;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page after handing in: the reference number and how long approval takes. It is where every wizard page of a
 * registration handed in leads, so it shows the registration whatever its state.
 */
@Controller
class IecSubmittedController {

    private final IecRegistrationFlow flow;

    IecSubmittedController(IecRegistrationFlow flow) {
        this.flow = flow;
    }

    @ModelAttribute("registration")
    Registration findRegistration(@PathVariable UUID id) {
        return flow.find(id);
    }

    @GetMapping("/registration/iec/{id}/submitted")
    String showSubmitted() {
        return "registration/iec-submitted";
    }
}
