package io.github.icegateportal.shared.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Token-bucket rate limits (Bucket4j) per client address or per identifier, kept in memory per instance: they
 * are a brake on floods, not the rule (lock-outs and resend limits are counted in the database).
 *
 * <p>Use: {@code rateLimits.tryConsume("login", request.getRemoteAddr(), 20, Duration.ofMinutes(1))}; an empty
 * answer means go on, otherwise it says how long to wait, which the page tells the person.
 */
@Component
public class RateLimits {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofHours(2))
            .build();

    /**
     * Takes one token from the bucket {@code limit}/{@code key}, which holds {@code capacity} tokens refilled
     * evenly over {@code period}.
     *
     * @return empty when allowed; otherwise how long until the next try is allowed
     */
    public Optional<Duration> tryConsume(String limit, String key, int capacity, Duration period) {
        Bucket bucket = buckets.get(limit + '\u0000' + key, ignored -> Bucket.builder()
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
}
