package io.github.icegateportal.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mailFrom the sender of the portal's emails (the SMTP server itself is Spring Mail's {@code spring.mail.*})
 * @param asyncDelivery deliver on a background thread after commit, so a slow SMTP server never slows a page
 * @param retryInterval how often the retry job looks for due messages
 * @param retryBackoff the wait after the first failed attempt; it doubles with every further failure
 * @param retryMaxBackoff the longest wait between two attempts (a message is retried at this pace forever)
 * @param deliveryLease how long an attempt in progress keeps other attempts away from the same message
 * @param retryBatchSize at most this many messages per run of the retry job
 * @param retention how long a delivered message is kept (the demo outbox shows it that long); messages not yet
 *     delivered are kept whatever their age
 * @param sweepInterval how often delivered messages older than {@code retention} are deleted
 */
@ConfigurationProperties("portal.notification")
record NotificationProperties(
        @DefaultValue("ICEGATE portal (model) <no-reply@icegate-portal.example>")
        String mailFrom,

        @DefaultValue("true") boolean asyncDelivery,
        @DefaultValue("PT1M") Duration retryInterval,
        @DefaultValue("PT1M") Duration retryBackoff,
        @DefaultValue("PT1H") Duration retryMaxBackoff,
        @DefaultValue("PT5M") Duration deliveryLease,
        @DefaultValue("100") int retryBatchSize,
        @DefaultValue("P30D") Duration retention,
        @DefaultValue("PT1H") Duration sweepInterval) {}
