package io.github.icegateportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.FixedRateTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.Task;

/**
 * No scheduled job fires on its own while the tests run. Tests move the shared clock by weeks and call the jobs' work
 * methods themselves; a job firing from the timer in the middle of a test changes rows that test is reading (a lapsed
 * registration expired twice at once failed a sweep this way). Every job's first run is therefore at least a day
 * after start in the test settings, and timed (cron) jobs are switched off there with {@code -}.
 */
@PortalTest
class ScheduledJobsDuringTestsTests {

    private static final Duration LONGEST_TEST_RUN = Duration.ofHours(1);

    @Autowired
    List<ScheduledTaskHolder> holders;

    @Test
    void noJobRunsWithinTheFirstHourOfATestRun() {
        List<Task> tasks = holders.stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::getTask)
                .toList();
        assertThat(tasks).as("scheduled jobs of the portal").hasSizeGreaterThanOrEqualTo(9);
        for (Task task : tasks) {
            assertThat(task).as("%s is timed by a cron expression", task).isNotInstanceOf(CronTask.class);
            if (task instanceof FixedDelayTask delay) {
                assertThat(delay.getInitialDelayDuration())
                        .as("first run of %s", task)
                        .isGreaterThan(LONGEST_TEST_RUN);
            } else if (task instanceof FixedRateTask rate) {
                assertThat(rate.getInitialDelayDuration())
                        .as("first run of %s", task)
                        .isGreaterThan(LONGEST_TEST_RUN);
            }
        }
    }
}
