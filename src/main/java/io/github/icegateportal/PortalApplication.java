package io.github.icegateportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.modulith.Modulithic;

/**
 * The ICEGATE registration portal: a runnable model of how an IEC holder registers on ICEGATE.
 *
 * <p>Boot's in-memory user with a generated password is switched off: exporters and admins authenticate against
 * their own tables, and the portal has no default password anywhere.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
