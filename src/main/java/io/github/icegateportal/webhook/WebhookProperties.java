package io.github.icegateportal.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The webhooks' switches ({@code portal.webhook.*}).
 *
 * @param deliveryInterval how often the job looks for due deliveries
 * @param firstRetry the wait after the first failed attempt; each next wait doubles, up to {@code maxBackoff}
 * @param maxAttempts attempts after which a delivery is given up (shown in the delivery log)
 * @param timeout how long one attempt waits for the endpoint's answer
 */
@ConfigurationProperties("portal.webhook")
record WebhookProperties(
        @DefaultValue("PT10S") Duration deliveryInterval,
        @DefaultValue("PT30S") Duration firstRetry,
        @DefaultValue("PT6H") Duration maxBackoff,
        @DefaultValue("20") int maxAttempts,
        @DefaultValue("PT5S") Duration timeout) {

    /** The wait before the attempt after {@code attempts} failed ones. */
    Duration backoffAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
