package io.github.icegateportal.shared.security;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id at OWASP's recommended parameters (19 MiB, 2 passes, 1 lane). Hashes carry
 * their scheme ({@code {argon2}...}) through {@link DelegatingPasswordEncoder}, so a hash made with older
 * parameters or another scheme still verifies and is re-hashed at the next login.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasswordHashingProperties.class)
class PasswordHashingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PasswordHashingConfiguration.class);

    static final int OWASP_MEMORY_KIB = 19 * 1024;
    static final int OWASP_ITERATIONS = 2;

    @Bean
    BoundedPasswordEncoder passwordEncoder(PasswordHashingProperties properties) {
        Argon2PasswordEncoder argon2;
        if (properties.testOnlyCheapHashing()) {
            log.warn("portal.password.test-only-cheap-hashing is on: passwords are hashed with trivial cost. "
                    + "Never use this outside automated tests.");
            argon2 = new Argon2PasswordEncoder(16, 32, 1, 64, 1);
        } else {
            argon2 = new Argon2PasswordEncoder(16, 32, 1, OWASP_MEMORY_KIB, OWASP_ITERATIONS);
        }
        Map<String, PasswordEncoder> encoders = Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder());
        return new BoundedPasswordEncoder(
                new DelegatingPasswordEncoder("argon2", encoders), properties.maxConcurrentHashes());
    }
}
