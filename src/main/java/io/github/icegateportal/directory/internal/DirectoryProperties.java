package io.github.icegateportal.directory.internal;

import io.github.icegateportal.directory.DirectorySource;
import io.github.icegateportal.directory.FaultMode;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Switches of the directory stubs ({@code portal.directory.*}).
 *
 * @param timeout how long a look-up may take before it gives {@code DirectoryUnavailableException}
 * @param slowDelay how long a look-up takes in fault mode SLOW
 * @param slowWaits false: SLOW does not really wait (it still fails when the delay reaches the timeout), for tests
 * @param dgft the DGFT directory's initial fault mode
 * @param gstn the GSTN directory's initial fault mode
 * @param importBatchSize rows per JDBC batch (and per transaction) of a CSV import
 */
@ConfigurationProperties("portal.directory")
public record DirectoryProperties(
        @DefaultValue("PT2S") Duration timeout,
        @DefaultValue("PT3S") Duration slowDelay,
        @DefaultValue("true") boolean slowWaits,
        @DefaultValue Source dgft,
        @DefaultValue Source gstn,
        @DefaultValue("500") int importBatchSize) {

    /** @param fault the fault mode the directory starts in */
    public record Source(@DefaultValue("NORMAL") FaultMode fault) {}

    FaultMode initialMode(DirectorySource source) {
        return switch (source) {
            case DGFT -> this.dgft.fault();
            case GSTN -> this.gstn.fault();
        };
    }
}
