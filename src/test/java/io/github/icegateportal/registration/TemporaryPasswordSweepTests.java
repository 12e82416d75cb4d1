package io.github.icegateportal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.PortalTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Expired temporary passwords go once the retention has passed; the others stay. */
@PortalTest
class TemporaryPasswordSweepTests {

    @Autowired
    TemporaryPasswordSweep sweep;

    @Autowired
    TemporaryPasswordProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void expiredTemporaryPasswordsGoAfterTheRetentionAndTheOthersStay() {
        String iec = "9" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        Instant issued = clock.instant();
        insert(iec, "GST-OLD-SPENT", issued, true);
        insert(iec, "GST-OLD", issued, false);
        clock.advance(properties.lifetime().plus(properties.retention()).minus(Duration.ofHours(1)));
        insert(iec, "GST-NEW", clock.instant(), false);

        sweep.sweep();
        assertThat(gstins(iec)).containsExactly("GST-NEW", "GST-OLD", "GST-OLD-SPENT");

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        sweep.sweep();

        assertThat(gstins(iec)).containsExactly("GST-NEW");
        // the scheduler's entry takes the cluster-wide lock; the work method above does not
        sweep.onSchedule();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM shedlock WHERE name = 'temporary-password-sweep'", Long.class))
                .isEqualTo(1);
    }

    private void insert(String iec, String gstin, Instant issued, boolean spent) {
        jdbc.update(
                "INSERT INTO temporary_password (iec, gstin, salt, password_hash, issued_at, expires_at, spent_at) "
                        + "VALUES (?, ?, 'salt', 'hash', ?, ?, ?)",
                iec,
                gstin,
                Timestamp.from(issued),
                Timestamp.from(issued.plus(properties.lifetime())),
                spent ? Timestamp.from(issued.plusSeconds(60)) : null);
    }

    private List<String> gstins(String iec) {
        return jdbc.queryForList(
                "SELECT gstin FROM temporary_password WHERE iec = ? ORDER BY gstin", String.class, iec);
    }
}
