package io.github.icegateportal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.PortalTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two temporary passwords asked for the same IEC and GSTIN at once (the resend form twice, or the form and the
 * admin's bulk run), when none was issued before: both are answered, one password is kept.
 */
@PortalTest
class TemporaryPasswordRaceTests {

    @Autowired
    TemporaryPasswords temporaryPasswords;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void twoFirstIssuesAtOnceBothSucceedAndOneRowIsKept() throws Exception {
        for (int n = 1; n <= 4; n++) {
            String iec = "TMPPR200" + n + "A";
            String gstin = "29" + iec + "1Z" + Gstin.checkCharacter("29" + iec + "1Z");
            holder(iec, gstin, n);

            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Boolean>> issues = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                issues.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                    return temporaryPasswords.issueFor(new Iec(iec), new Gstin(gstin));
                }));
            }
            start.countDown();

            for (var issue : issues) {
                assertThat(issue.get()).as(iec).isTrue();
            }
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM temporary_password WHERE iec = ? AND gstin = ?",
                            Integer.class,
                            iec,
                            gstin))
                    .isEqualTo(1);
        }
    }

    private void holder(String iec, String gstin, int n) {
        java.sql.Date today = java.sql.Date.valueOf(
                clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        jdbc.update("DELETE FROM temporary_password WHERE iec = ?", iec);
        jdbc.update("DELETE FROM gstn_registration WHERE gstin = ?", gstin);
        jdbc.update("DELETE FROM dgft_iec WHERE iec = ?", iec);
        jdbc.update(
                "INSERT INTO dgft_iec (iec, pan, firm_name, email, mobile, address, status, last_updated)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)",
                iec,
                iec,
                "Race Holder " + iec,
                "temp" + n + "@race.example.in",
                "900007000" + n,
                "1 Test Road, Bengaluru",
                today);
        jdbc.update(
                "INSERT INTO gstn_registration (gstin, pan, legal_name, email, mobile, status, last_updated)"
                        + " VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?)",
                gstin,
                iec,
                "Race Holder " + iec,
                "temp" + n + "@race.example.in",
                "900007000" + n,
                today);
    }
}
