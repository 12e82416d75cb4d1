package io.github.icegateportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.assertj.core.api.SoftAssertions;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

/**
 * Scheduled work runs once across instances. Each instance's timer fires on its own, seconds apart from the other's;
 * a lock released as soon as the job ends lets the second instance in right after the first. So every job's lock
 * stays taken for most of its interval ({@code lockAtLeastFor}), but less than all of it, so that the instance that
 * holds it is not kept out of its own next run. The unit tests of the jobs call their work methods, which take no
 * lock (ShedLock reads the database's time, not the test clock); only these tests go through the lock, with two lock
 * providers made as {@link PlatformConfiguration} makes them, standing for two instances.
 */
class ScheduledJobLocksTests {

    private static List<Method> lockedJobs;

    /** Every method with a {@link SchedulerLock} in the portal's main code (found once: importing takes seconds). */
    static synchronized List<Method> lockedJobs() {
        if (lockedJobs != null) {
            return lockedJobs;
        }
        List<Method> jobs = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.github.icegateportal")
                        .stream()
                        .flatMap(type -> type.getMethods().stream())
                        .filter(method -> method.isAnnotatedWith(SchedulerLock.class))
                        .map(JavaMethod::reflect)
                        .toList();
        assertThat(jobs).as("locked jobs").hasSizeGreaterThanOrEqualTo(10);
        lockedJobs = jobs;
        return jobs;
    }

    @Test
    void everyJobsLockIsHeldForMostOfItsIntervalButNotAllOfIt() {
        SoftAssertions softly = new SoftAssertions();
        for (Method job : lockedJobs()) {
            SchedulerLock lock = job.getAnnotation(SchedulerLock.class);
            Duration interval = defaultInterval(job);
            Duration atLeast = Duration.parse(lock.lockAtLeastFor().isEmpty() ? "PT0S" : lock.lockAtLeastFor());
            softly.assertThat(atLeast)
                    .as("%s: lockAtLeastFor against the interval %s", lock.name(), interval)
                    .isGreaterThanOrEqualTo(interval.dividedBy(2))
                    .isLessThan(interval);
            softly.assertThat(lockAtMostFor(lock))
                    .as("%s: lockAtMostFor", lock.name())
                    .isGreaterThanOrEqualTo(atLeast);
        }
        softly.assertAll();
    }

    @Test
    void aSecondInstanceIsKeptOutAfterTheFirstFinishedOnH2() {
        var h2 = new DriverManagerDataSource(
                "jdbc:h2:mem:locks-"
                        + Long.toHexString(ThreadLocalRandom.current().nextLong())
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa",
                "");
        assertEveryJobRunsOnceOnTwoInstances(h2, "h2");
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "PORTAL_TEST_POSTGRES_URL", matches = ".+")
    void aSecondInstanceIsKeptOutAfterTheFirstFinishedOnPostgresql() throws SQLException {
        String url = System.getenv("PORTAL_TEST_POSTGRES_URL");
        String user = System.getenv().getOrDefault("PORTAL_TEST_POSTGRES_USER", "postgres");
        String schema =
                "portal_locks_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
        try (var connection = DriverManager.getConnection(url, user, "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        try {
            var postgres = new DriverManagerDataSource(
                    url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, "");
            assertEveryJobRunsOnceOnTwoInstances(postgres, "postgresql");
        } finally {
            try (var connection = DriverManager.getConnection(url, user, "");
                    var statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    /**
     * The shedlock table of migration V1; then, for every job, instance A runs it and instance B, whose timer fires
     * right after A finished, must find the lock taken.
     */
    private static void assertEveryJobRunsOnceOnTwoInstances(DataSource dataSource, String vendor) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .target("1")
                .load()
                .migrate();
        LockingTaskExecutor instanceA =
                new DefaultLockingTaskExecutor(new PlatformConfiguration().lockProvider(dataSource));
        LockingTaskExecutor instanceB =
                new DefaultLockingTaskExecutor(new PlatformConfiguration().lockProvider(dataSource));

        SoftAssertions softly = new SoftAssertions();
        for (Method job : lockedJobs()) {
            SchedulerLock lock = job.getAnnotation(SchedulerLock.class);
            LockConfiguration configuration = new LockConfiguration(
                    ClockProvider.now(),
                    lock.name(),
                    lockAtMostFor(lock),
                    Duration.parse(lock.lockAtLeastFor().isEmpty() ? "PT0S" : lock.lockAtLeastFor()));
            AtomicInteger runs = new AtomicInteger();

            instanceA.executeWithLock((Runnable) runs::incrementAndGet, configuration);
            instanceB.executeWithLock((Runnable) runs::incrementAndGet, configuration);

            softly.assertThat(runs)
                    .as("%s: runs on two instances, one right after the other", lock.name())
                    .hasValue(1);
        }
        softly.assertAll();
    }

    /** The interval the job is scheduled at by default: the default of its property, or its cron's step. */
    private static Duration defaultInterval(Method job) {
        Scheduled scheduled = job.getAnnotation(Scheduled.class);
        assertThat(scheduled).as("%s is scheduled", job).isNotNull();
        if (!scheduled.cron().isEmpty()) {
            CronExpression cron = CronExpression.parse(defaultOf(scheduled.cron()));
            LocalDateTime first = cron.next(LocalDateTime.of(2026, 1, 1, 0, 0));
            return Duration.between(first, cron.next(first));
        }
        String delay = scheduled.fixedDelayString();
        assertThat(delay).as("%s: fixedDelayString or cron", job).isNotEmpty();
        return Duration.parse(defaultOf(delay));
    }

    /** The default of a {@code ${property:default}} placeholder, or the value itself. */
    private static String defaultOf(String value) {
        return value.startsWith("${") ? value.substring(value.indexOf(':') + 1, value.length() - 1) : value;
    }

    private static Duration lockAtMostFor(SchedulerLock lock) {
        return Duration.parse(
                lock.lockAtMostFor().isEmpty()
                        ? PlatformConfiguration.class
                                .getAnnotation(EnableSchedulerLock.class)
                                .defaultLockAtMostFor()
                        : lock.lockAtMostFor());
    }
}
