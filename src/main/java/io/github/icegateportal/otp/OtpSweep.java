package io.github.icegateportal.otp;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes codes that expired more than {@code portal.otp.retention} ago (spent codes expire too), once across
 * all instances.
 */
@Component
class OtpSweep {

    private static final Logger log = LoggerFactory.getLogger(OtpSweep.class);

    private final JdbcClient jdbc;
    private final OtpProperties properties;
    private final Clock clock;

    OtpSweep(JdbcClient jdbc, OtpProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** {@link #sweep} on the schedule, on one instance: the lock stays taken for most of the interval. */
    @Scheduled(
            fixedDelayString = "${portal.otp.sweep-interval:PT1H}",
            initialDelayString = "${portal.otp.sweep-interval:PT1H}")
    @SchedulerLock(name = "otp-sweep", lockAtMostFor = "PT50M", lockAtLeastFor = "PT50M")
    void onSchedule() {
        sweep();
    }

    public void sweep() {
        deleteExpired();
    }

    /** @return how many rows were deleted */
    int deleteExpired() {
        var cutoff = clock.instant().minus(properties.retention());
        int deleted = jdbc.sql("DELETE FROM otp_codes WHERE expires_at < ?")
                .param(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .update();
        if (deleted > 0) {
            log.info("Deleted {} one-time code pairs that expired before {}", deleted, cutoff);
        }
        return deleted;
    }
}
