package io.github.icegateportal.registration.iec;

import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationStateMachine;
import io.github.icegateportal.registration.RegistrationStatus;
import java.util.UUID;

/** The pages of the IEC-based registration, in order; a person may go back and forth up to the furthest reached. */
public enum IecWizardStep {
    DETAILS("details"),
    OTP("otp"),
    DOCUMENTS("documents"),
    DSC("dsc"),
    ID("icegate-id"),
    SUBMIT("submit");

    private final String path;

    IecWizardStep(String path) {
        this.path = path;
    }

    /** The page's path below {@code /registration/iec/{id}/}. */
    public String path() {
        return path;
    }

    /** Post-redirect-get to this step's page of the wizard with {@code flowKey} in its address. */
    String redirect(UUID flowKey) {
        return "redirect:/registration/iec/" + flowKey + "/" + path;
    }

    /** Message key of the step's name, for the step list and the page title. */
    public String messageKey() {
        return "registration.iec.step." + name();
    }

    public boolean allows(IecWizardStep step) {
        return step.ordinal() <= ordinal();
    }

    /**
     * The furthest page a registration in {@code status} may show: the page the state table gives the state, or the
     * last one for a registration past the wizard.
     */
    static IecWizardStep reached(RegistrationStatus status) {
        return RegistrationStateMachine.of(RegistrationRoute.DSC)
                .page(status)
                .map(IecWizardStep::ofPath)
                .orElse(SUBMIT);
    }

    private static IecWizardStep ofPath(String path) {
        for (IecWizardStep step : values()) {
            if (step.path.equals(path)) {
                return step;
            }
        }
        throw new IllegalArgumentException("No wizard page " + path);
    }
}
