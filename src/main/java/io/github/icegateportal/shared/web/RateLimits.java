package io.github.icegateportal.shared.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Token-bucket rate limits (Bucket4j) per client address or per identifier, kept in memory per instance: they
 * are a brake on floods, not the rule (lock-outs and resend limits are counted in the database).
 *
 * <p>Use: {@code rateLimits.tryConsume(RateLimit.CAPTCHA_REFRESH, request.getRemoteAddr())}; an empty answer means go
 * on, otherwise it says how long to wait, which the page tells the person ({@link RateLimit#minutes} for minutes).
 *
 * <p>Buckets refill on the application's {@link Clock}, so tests move time past a limit instead of sleeping.
 */
@Component
public class RateLimits {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofHours(2))
            .build();

    private final TimeMeter time;

    public RateLimits(Clock clock) {
        this.time = new ClockTimeMeter(clock);
    }

    /**
     * Takes one try of {@code limit} for {@code key}.
     *
     * @return empty when allowed; otherwise how long until the next try is allowed
     */
    public Optional<Duration> tryConsume(RateLimit limit, String key) {
        return tryConsume(limit.name(), key, limit.tries(), limit.period());
    }

    /**
     * Takes one token from the bucket {@code limit}/{@code key}, which holds {@code capacity} tokens refilled
     * evenly over {@code period}.
     *
     * @return empty when allowed; otherwise how long until the next try is allowed
     */
    public Optional<Duration> tryConsume(String limit, String key, int capacity, Duration period) {
        Bucket bucket = buckets.get(limit + '\u0000' + key, ignored -> Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, period)
                        .build())
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        return Optional.of(
                Duration.ofNanos(probe.getNanosToWaitForRefill()).plusSeconds(1).withNanos(0));
    }

    /** Forgets every bucket (tests). */
    public void reset() {
        buckets.invalidateAll();
    }

    /**
     * Bucket4j's time from the {@link Clock}. It only runs forward: when the clock is set back (a test resets its
     * clock, the system clock is corrected) the meter stands still for that step and goes on from there, instead
     * of leaving every bucket waiting until the clock reaches its old time again.
     */
    static final class ClockTimeMeter implements TimeMeter {

        private final Clock clock;
        private Instant lastSeen;
        private long nanos;

        ClockTimeMeter(Clock clock) {
            this.clock = clock;
            this.lastSeen = clock.instant();
        }

        @Override
        public synchronized long currentTimeNanos() {
            Instant now = clock.instant();
            if (now.isAfter(lastSeen)) {
                nanos += Duration.between(lastSeen, now).toNanos();
            }
            lastSeen = now;
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
