package io.github.icegateportal.captcha;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes captchas that can no longer be answered, on one instance at a time. */
@Component
class CaptchaSweepJob {

    private final CaptchaService captchas;

    CaptchaSweepJob(CaptchaService captchas) {
        this.captchas = captchas;
    }

    /** {@link #deleteExpiredCaptchas} on the schedule, on one instance: the lock stays taken for most of the interval. */
    @Scheduled(
            fixedDelayString = "${portal.captcha.sweep-interval:PT5M}",
            initialDelayString = "${portal.captcha.sweep-interval:PT5M}")
    @SchedulerLock(name = "captcha-sweep", lockAtMostFor = "PT5M", lockAtLeastFor = "PT4M")
    void onSchedule() {
        deleteExpiredCaptchas();
    }

    public void deleteExpiredCaptchas() {
        captchas.deleteExpired();
    }
}
