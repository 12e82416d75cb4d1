package io.github.icegateportal.registration.simplified;

import io.github.icegateportal.otp.OtpProperties;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationStateException;
import io.github.icegateportal.registration.RegistrationStateMachine;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the controllers of Route A share about its pages: the flow's addresses, the page a registration stands at
 * (read from {@link RegistrationStateMachine}), and the one page that says why the flow cannot go on.
 */
@Component
class SimplifiedViews {

    static final String BASE = "/registration/simplified/";

    /** The model name of the registration behind a page of the flow ({@link OpenRegistrationAdvice}). */
    static final String REGISTRATION = "registration";

    private static final RegistrationStateMachine STATES = RegistrationStateMachine.of(RegistrationRoute.SIMPLIFIED);

    private final MessageSource messages;

    private final OtpProperties otp;

    SimplifiedViews(MessageSource messages, OtpProperties otp) {
        this.messages = messages;
        this.otp = otp;
    }

    /** To {@code page} under the registration's path. */
    static String redirect(UUID id, String page) {
        return "redirect:" + BASE + id + "/" + page;
    }

    /**
     * To the page where the registration goes on; one that cannot go on is refused with why.
     *
     * @throws RegistrationStateException when the registration expired, was abandoned or stands nowhere to go on
     */
    static String redirectTo(Registration registration) {
        String page = STATES.page(registration.status())
                .orElseThrow(() -> new RegistrationStateException(
                        switch (registration.status()) {
                            case EXPIRED -> "registration.state.expired";
                            case ABANDONED -> "registration.state.abandoned";
                            default -> "registration.state.outOfOrder";
                        },
                        registration.status(),
                        "show"));
        return redirect(registration.id(), page);
    }

    /** The flow's page that says, in words, why it stops here. */
    String message(Model model, String key, Object... arguments) {
        model.addAttribute("message", text(key, arguments));
        return "registration/simplified-message";
    }

    String text(String key, Object... arguments) {
        Object[] shown = arguments.length == 0 ? RegistrationStateException.arguments(key, this.otp) : arguments;
        return this.messages.getMessage(key, shown, LocaleContextHolder.getLocale());
    }
}
