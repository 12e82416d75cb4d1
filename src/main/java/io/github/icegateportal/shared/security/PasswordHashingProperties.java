package io.github.icegateportal.shared.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How passwords are hashed.
 *
 * @param maxConcurrentHashes how many Argon2 hashes may run at once: each takes about 19 MiB, so a burst of
 *     logins queues for a permit instead of exhausting memory
 * @param testOnlyCheapHashing Argon2id with tiny memory and one pass, so that test suites that create many
 *     accounts stay fast; never switch it on anywhere else (the portal logs a warning when it is on)
 */
@ConfigurationProperties("portal.password")
public record PasswordHashingProperties(
        @DefaultValue("4") int maxConcurrentHashes,
        @DefaultValue("false") boolean testOnlyCheapHashing) {

    public PasswordHashingProperties {
        if (maxConcurrentHashes < 1) {
            throw new IllegalArgumentException("portal.password.max-concurrent-hashes must be at least 1");
        }
    }
}
