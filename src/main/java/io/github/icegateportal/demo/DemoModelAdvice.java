package io.github.icegateportal.demo;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@code demoEnabled} in every page's model, so that the shared templates show their ways into the demo (the
 * footer's outbox and token links, "Read your OTPs", the guides' demo sections). With the demo off there is no such
 * attribute, and no such link.
 */
@ControllerAdvice
@DemoOnly
class DemoModelAdvice {

    @ModelAttribute("demoEnabled")
    boolean demoEnabled() {
        return true;
    }
}
