package io.github.icegateportal.registration.dsc;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends IEC-based drafts left unfinished for longer than {@code portal.registration.draft-lifetime}, so that the
 * ICEGATE IDs they reserved do not stay taken for ever. Runs on one instance at a time.
 */
@Component
class DscRegistrationExpiry {

    private static final Logger log = LoggerFactory.getLogger(DscRegistrationExpiry.class);

    private static final int BATCH = 500;

    private final DscRegistrationFlow flow;

    DscRegistrationExpiry(DscRegistrationFlow flow) {
        this.flow = flow;
    }

    /** {@link #sweep} on the schedule, on one instance: the lock stays taken for most of the interval. */
    @Scheduled(
            fixedDelayString = "${portal.registration.expiry-sweep-interval:PT1M}",
            initialDelayString = "${portal.registration.expiry-sweep-interval:PT1M}")
    @SchedulerLock(name = "registration-dsc-expiry", lockAtMostFor = "PT5M", lockAtLeastFor = "PT50S")
    void onSchedule() {
        sweep();
    }

    void sweep() {
        int total = 0;
        int expired;
        do {
            expired = flow.expireRunOut(BATCH);
            total += expired;
        } while (expired == BATCH);
        if (total > 0) {
            log.info("Ended {} IEC-based registrations left unfinished", total);
        }
    }
}
