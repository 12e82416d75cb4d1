package io.github.icegateportal.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    SmsGateway loggingSmsGateway() {
        return new LoggingSmsGateway();
    }

    /** Messages not yet delivered: a number that keeps growing means SMTP or the SMS gateway is down. */
    @Bean
    MeterBinder pendingNotifications(NotificationRepository repository) {
        return registry -> Gauge.builder(
                        "portal.notifications.pending", repository, r -> r.countByStatus(DeliveryStatus.PENDING))
                .description("Emails and SMS messages waiting to be delivered")
                .register(registry);
    }
}
