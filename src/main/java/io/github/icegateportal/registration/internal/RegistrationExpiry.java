package io.github.icegateportal.registration.internal;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks registrations of both routes whose time ran out as expired (Route A: its OTPs; Route B: the draft lifetime),
 * so that the ICEGATE IDs they held are free again even if nobody comes back to them (a page of either flow does the
 * same on access). Runs on one instance at a time.
 *
 * <p>Each route expires a batch in one transaction. A row changed meanwhile (its page expired it at the same moment,
 * or the person took a step) fails the batch on its version; the batch is then read again, without that row if it is
 * no longer run out, at most {@value #ATTEMPTS} times, after which the rest waits for the next sweep.
 */
@Component
public class RegistrationExpiry {

    private static final Logger log = LoggerFactory.getLogger(RegistrationExpiry.class);

    static final int BATCH = 500;

    static final int ATTEMPTS = 3;

    private final List<LapsedRegistrations> routes;

    RegistrationExpiry(List<LapsedRegistrations> routes) {
        this.routes = routes;
    }

    /** {@link #sweep} on the schedule, on one instance: the lock stays taken for most of the interval. */
    @Scheduled(
            fixedDelayString = "${portal.registration.expiry-sweep-interval:PT1M}",
            initialDelayString = "${portal.registration.expiry-sweep-interval:PT1M}")
    @SchedulerLock(name = "registration-expiry", lockAtMostFor = "PT5M", lockAtLeastFor = "PT50S")
    void onSchedule() {
        sweep();
    }

    /** Expires every registration that ran out, route by route; returns how many. */
    public int sweep() {
        int total = 0;
        for (LapsedRegistrations route : this.routes) {
            int expired;
            int ofRoute = 0;
            do {
                expired = batch(route);
                ofRoute += expired;
            } while (expired == BATCH);
            if (ofRoute > 0) {
                log.info("Expired {} {} registrations whose time ran out", ofRoute, route.route());
            }
            total += ofRoute;
        }
        return total;
    }

    private int batch(LapsedRegistrations route) {
        for (int attempt = 1; ; attempt++) {
            try {
                return route.expireRunOut(BATCH);
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    log.warn(
                            "Expiring {} registrations collided with other changes {} times; the next sweep goes on",
                            route.route(),
                            ATTEMPTS);
                    return 0;
                }
                log.debug(
                        "A {} registration changed while the sweep expired it; reading the batch again", route.route());
            }
        }
    }
}
