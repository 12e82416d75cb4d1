package io.github.icegateportal.registration.iec;

import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationStatus;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the status page may show of a registration. */
@Component
class RegistrationStatusLookup {

    private final IecRegistrationRepository registrations;

    RegistrationStatusLookup(IecRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    /**
     * What the holder of a reference number sees: the route, the state and when it was reached.
     *
     * @param decidedAt when an admin approved or rejected it, if one did
     */
    record StatusView(
            String referenceNumber,
            RegistrationRoute route,
            RegistrationStatus status,
            Instant startedAt,
            Instant submittedAt,
            Instant decidedAt,
            Instant updatedAt) {

        /** Message key of the state as the person reads it. */
        public String statusMessageKey() {
            return "registration.statusPage.status." + status.name();
        }
    }

    @Transactional(readOnly = true)
    Optional<StatusView> find(String referenceNumber) {
        if (referenceNumber == null) {
            return Optional.empty();
        }
        return registrations
                .findByReference(referenceNumber.strip().toUpperCase(Locale.ROOT))
                .map(RegistrationStatusLookup::view);
    }

    private static StatusView view(Registration r) {
        return new StatusView(
                r.referenceNumber(),
                r.route(),
                r.status(),
                r.createdAt(),
                r.submittedAt().orElse(null),
                r.decidedAt().orElse(null),
                r.updatedAt());
    }
}
