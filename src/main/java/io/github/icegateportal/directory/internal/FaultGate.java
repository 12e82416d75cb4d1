package io.github.icegateportal.directory.internal;

import io.github.icegateportal.directory.DirectoryFaults;
import io.github.icegateportal.directory.DirectorySource;
import io.github.icegateportal.directory.DirectoryUnavailableException;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Every look-up passes here: it applies the directory's fault mode and turns a look-up that timed out into
 * {@link DirectoryUnavailableException}, as a real adapter would turn a network failure.
 */
@Component
class FaultGate {

    private final DirectoryFaults faults;

    private final DirectoryProperties properties;

    private final Sleeper sleeper;

    FaultGate(DirectoryFaults faults, DirectoryProperties properties, Sleeper sleeper) {
        this.faults = faults;
        this.properties = properties;
        this.sleeper = sleeper;
    }

    <T> T call(DirectorySource source, Supplier<T> lookUp) {
        switch (this.faults.mode(source)) {
            case NORMAL -> {}
            case FAIL -> throw new DirectoryUnavailableException(source, "fault mode FAIL");
            case SLOW -> {
                Duration delay = this.properties.slowDelay();
                Duration timeout = this.properties.timeout();
                if (delay.compareTo(timeout) >= 0) {
                    waitFor(source, timeout);
                    throw new DirectoryUnavailableException(
                            source, "no answer within " + timeout + " (fault mode SLOW)");
                }
                waitFor(source, delay);
            }
        }
        try {
            return lookUp.get();
        } catch (TransientDataAccessException | DataAccessResourceFailureException ex) {
            throw new DirectoryUnavailableException(source, "look-up failed or timed out", ex);
        }
    }

    private void waitFor(DirectorySource source, Duration duration) {
        if (!this.properties.slowWaits()) {
            return;
        }
        try {
            this.sleeper.sleep(duration);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailableException(source, "interrupted while waiting", ex);
        }
    }
}
