package io.github.icegateportal.demo;

import io.github.icegateportal.notification.KeepDeliveredBodies;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the demo adds to other modules' settings: its data set to Flyway, message bodies kept for the outbox. */
@Configuration(proxyBeanMethods = false)
@DemoOnly
class DemoConfiguration {

    /** The demo data set ({@code db/demo}): repeatable, idempotent migrations in a Flyway location of their own. */
    @Bean
    FlywayConfigurationCustomizer demoDataLocation() {
        return configuration -> {
            var locations = new ArrayList<>(List.of(configuration.getLocations()));
            locations.add(new Location("classpath:db/demo"));
            configuration.locations(locations.toArray(Location[]::new));
        };
    }

    /** The outbox shows a delivered message's body, OTPs and temporary passwords included. */
    @Bean
    KeepDeliveredBodies keepDeliveredBodies() {
        return new KeepDeliveredBodies();
    }
}
