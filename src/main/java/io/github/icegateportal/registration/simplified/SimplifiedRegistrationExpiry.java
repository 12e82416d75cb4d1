package io.github.icegateportal.registration.simplified;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks simplified registrations whose OTPs ran out as expired, so that the ICEGATE IDs they held are free again
 * even if nobody comes back to them (a page of the flow does the same on access). Runs on one instance at a time.
 */
@Component
class SimplifiedRegistrationExpiry {

    private static final Logger log = LoggerFactory.getLogger(SimplifiedRegistrationExpiry.class);

    private static final int BATCH = 500;

    private final SimplifiedRegistrationFlow flow;

    SimplifiedRegistrationExpiry(SimplifiedRegistrationFlow flow) {
        this.flow = flow;
    }

    /** {@link #sweep} on the schedule, on one instance: the lock stays taken for most of the interval. */
    @Scheduled(
            fixedDelayString = "${portal.registration.expiry-sweep-interval:PT1M}",
            initialDelayString = "${portal.registration.expiry-sweep-interval:PT1M}")
    @SchedulerLock(name = "registration-expiry", lockAtMostFor = "PT5M", lockAtLeastFor = "PT50S")
    void onSchedule() {
        sweep();
    }

    void sweep() {
        int expired;
        int total = 0;
        do {
            expired = this.flow.expireRunOut(BATCH);
            total += expired;
        } while (expired == BATCH);
        if (total > 0) {
            log.info("Expired {} registrations whose OTPs ran out", total);
        }
    }
}
