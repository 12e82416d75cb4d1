package io.github.icegateportal.shared.security;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that lets at most a fixed number of hashes run at once (Argon2 is memory-hard: a burst of
 * logins must queue, not exhaust the heap) and counts how many it has computed, so that tests can prove a
 * login for an unknown ID costs a hash too without timing anything.
 */
public final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;
    private final AtomicLong hashes = new AtomicLong();

    public BoundedPasswordEncoder(PasswordEncoder delegate, int maxConcurrentHashes) {
        this.delegate = delegate;
        this.permits = new Semaphore(maxConcurrentHashes, true);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        acquire();
        try {
            hashes.incrementAndGet();
            return delegate.encode(rawPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        acquire();
        try {
            hashes.incrementAndGet();
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** How many hashes (encodes and checks) this encoder has computed since the start. */
    public long hashes() {
        return hashes.get();
    }

    private void acquire() {
        try {
            permits.acquire();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to hash a password", ex);
        }
    }
}
