package io.github.icegateportal.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.icegateportal.directory.DirectoryFaults;
import io.github.icegateportal.directory.DirectorySource;
import io.github.icegateportal.directory.DirectoryUnavailableException;
import io.github.icegateportal.directory.FaultMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;

/** The fault modes with a sleeper that only records how long it was asked to wait. */
class FaultGateTests {

    private final Map<DirectorySource, FaultMode> modes = new EnumMap<>(DirectorySource.class);

    private final List<Duration> waits = new ArrayList<>();

    private final DirectoryFaults faults = new DirectoryFaults() {
        @Override
        public void set(DirectorySource source, FaultMode mode) {
            modes.put(source, mode);
        }

        @Override
        public void set(DirectorySource source, FaultMode mode, String actor, String remoteAddress) {
            set(source, mode);
        }

        @Override
        public FaultMode mode(DirectorySource source) {
            return modes.getOrDefault(source, FaultMode.NORMAL);
        }

        @Override
        public void reset() {
            modes.clear();
        }
    };

    private FaultGate gate(String slowDelay, String timeout) {
        var properties = new DirectoryProperties(
                Duration.parse(timeout),
                Duration.parse(slowDelay),
                true,
                new DirectoryProperties.Source(FaultMode.NORMAL),
                new DirectoryProperties.Source(FaultMode.NORMAL),
                500);
        return new FaultGate(this.faults, properties, this.waits::add);
    }

    @Test
    void normalAnswersWithoutWaiting() {
        assertThat(gate("PT3S", "PT2S").call(DirectorySource.DGFT, () -> "record"))
                .isEqualTo("record");
        assertThat(this.waits).isEmpty();
    }

    @Test
    void slowWithinTheTimeoutWaitsTheDelayThenAnswers() {
        this.faults.set(DirectorySource.GSTN, FaultMode.SLOW);

        assertThat(gate("PT1.5S", "PT2S").call(DirectorySource.GSTN, () -> "record"))
                .isEqualTo("record");
        assertThat(this.waits).containsExactly(Duration.ofMillis(1500));
    }

    @Test
    void slowBeyondTheTimeoutWaitsOnlyTheTimeoutThenGivesUp() {
        this.faults.set(DirectorySource.DGFT, FaultMode.SLOW);
        var gate = gate("PT3S", "PT2S");

        assertThatExceptionOfType(DirectoryUnavailableException.class)
                .isThrownBy(() -> gate.call(DirectorySource.DGFT, () -> "record"));
        assertThat(this.waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void failNeitherWaitsNorLooksUp() {
        this.faults.set(DirectorySource.DGFT, FaultMode.FAIL);
        var gate = gate("PT3S", "PT2S");

        assertThatExceptionOfType(DirectoryUnavailableException.class)
                .isThrownBy(() -> gate.call(DirectorySource.DGFT, () -> {
                    throw new AssertionError("looked up");
                }));
        assertThat(this.waits).isEmpty();
    }

    @Test
    void aLookUpThatTimesOutIsUnavailable() {
        var gate = gate("PT3S", "PT2S");

        assertThatExceptionOfType(DirectoryUnavailableException.class)
                .isThrownBy(() -> gate.call(DirectorySource.GSTN, () -> {
                    throw new QueryTimeoutException("query timed out");
                }))
                .withCauseInstanceOf(QueryTimeoutException.class);
    }
}
