package io.github.icegateportal.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTests {

    @Test
    void hashesWithArgon2idAtOwaspParametersByDefault() {
        var encoder = new PasswordHashingConfiguration().passwordEncoder(new PasswordHashingProperties(4, false));

        String hash = encoder.encode("Kite#Lantern42");

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches("Kite#Lantern42", hash)).isTrue();
        assertThat(encoder.matches("kite#Lantern42", hash)).isFalse();
        assertThat(encoder.hashes()).isEqualTo(3);
    }

    @Test
    void aCheapHashFromTestsIsUpgradedWhenTheRealParametersApply() {
        String cheap = new PasswordHashingConfiguration()
                .passwordEncoder(new PasswordHashingProperties(4, true))
                .encode("Kite#Lantern42");
        var real = new PasswordHashingConfiguration().passwordEncoder(new PasswordHashingProperties(4, false));

        assertThat(real.matches("Kite#Lantern42", cheap)).isTrue();
        assertThat(real.upgradeEncoding(cheap)).isTrue();
    }

    @Test
    void aBcryptHashStillVerifiesAndIsUpgraded() {
        var encoder = new PasswordHashingConfiguration().passwordEncoder(new PasswordHashingProperties(4, true));
        String bcrypt = "{bcrypt}"
                + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode("Kite#Lantern42");

        assertThat(encoder.matches("Kite#Lantern42", bcrypt)).isTrue();
        assertThat(encoder.upgradeEncoding(bcrypt)).isTrue();
    }

    @Test
    void noMoreThanTheAllowedNumberOfHashesRunAtOnce() throws Exception {
        var running = new AtomicInteger();
        var mostAtOnce = new AtomicInteger();
        PasswordEncoder slow = new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                int now = running.incrementAndGet();
                mostAtOnce.accumulateAndGet(now, Math::max);
                for (int i = 0; i < 200; i++) {
                    Thread.onSpinWait();
                    Thread.yield();
                }
                running.decrementAndGet();
                return "x";
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                return encode(rawPassword).equals(encodedPassword);
            }
        };
        var encoder = new BoundedPasswordEncoder(slow, 2);
        var pool = Executors.newFixedThreadPool(8);
        var start = new CountDownLatch(1);
        try {
            for (int i = 0; i < 64; i++) {
                pool.submit(() -> {
                    start.await();
                    return encoder.encode("p");
                });
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }

        assertThat(mostAtOnce.get()).isBetween(1, 2);
        assertThat(encoder.hashes()).isEqualTo(64);
    }
}
