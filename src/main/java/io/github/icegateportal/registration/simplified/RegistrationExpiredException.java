package io.github.icegateportal.registration.simplified;

import io.github.icegateportal.registration.RegistrationStateException;
import io.github.icegateportal.registration.RegistrationStatus;

/** The registration ran out (and has just been marked so, its ICEGATE ID freed): the person starts again. */
class RegistrationExpiredException extends RegistrationStateException {

    RegistrationExpiredException(String step) {
        super("registration.state.expired", RegistrationStatus.EXPIRED, step);
    }
}
