package io.github.icegateportal.registration.simplified;

import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.shared.web.RateLimits;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** The forms of Route A that anyone may post about an IEC are limited per client address and per IEC. */
@Component
class SimplifiedThrottle {

    private final RateLimits rateLimits;

    SimplifiedThrottle(RateLimits rateLimits) {
        this.rateLimits = rateLimits;
    }

    /**
     * Takes a try of both limits (both always); when either is used up the form says how long to wait.
     *
     * @return whether the form goes on
     */
    boolean allows(RateLimit perAddress, RateLimit perIec, Iec iec, String remoteAddress, Errors errors) {
        Optional<Duration> wait = waitFor(perAddress, perIec, iec, remoteAddress);
        wait.ifPresent(duration -> errors.reject(
                "registration.simplified.tooManyAttempts", new Object[] {RateLimit.minutes(duration)}, "too many"));
        return wait.isEmpty();
    }

    /** Takes a try of both limits (both always); the wait when either is used up. */
    Optional<Duration> waitFor(RateLimit perAddress, RateLimit perIec, Iec iec, String remoteAddress) {
        Optional<Duration> byAddress = this.rateLimits.tryConsume(perAddress, remoteAddress);
        Optional<Duration> byIec = this.rateLimits.tryConsume(perIec, iec.value());
        return byAddress.isPresent() ? byAddress : byIec;
    }
}
