package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The approval queue page with 100,000 pending DSC registrations. Run with
 * {@code ./mvnw -o test -Pload -Dtest=QueueLoadTests}; it prints the page times.
 */
@Tag("load")
@PortalTest
class QueueLoadTests {

    static final int PENDING = 100_000;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void theQueuePageStaysFastWithAHundredThousandPendingRegistrations() {
        Instant now = clock.instant();
        long insertStart = System.nanoTime();
        for (int from = 0; from < PENDING; from += 5_000) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < from + 5_000; i++) {
                var at = now.minus(Duration.ofMinutes(PENDING - i)).atOffset(ZoneOffset.UTC);
                String pan = String.format("AAAC%c%04dZ", (char) ('A' + (i / 10_000) % 26), i % 10_000);
                rows.add(new Object[] {
                    UUID.randomUUID(),
                    String.format("LOAD-%04d-%04d", i / 10_000, i % 10_000),
                    String.format("9%09d", i),
                    pan,
                    "Load Firm " + i,
                    at,
                    at,
                    at
                });
            }
            jdbc.batchUpdate(
                    "INSERT INTO registration (id, version, reference_number, route, status, iec, pan, firm_name, email,"
                            + " mobile, upgrade, created_at, updated_at, submitted_at) VALUES (?, 0, ?, 'DSC', 'SUBMITTED', ?,"
                            + " ?, ?, 'load@example.com', '9876512345', false, ?, ?, ?)",
                    rows);
        }
        long insertMillis = (System.nanoTime() - insertStart) / 1_000_000;
        var admin = AdminLogin.asFirstAdmin(mvc);

        long[] firstPage = time(admin, 7, "/admin/registrations");
        long[] lastPage = time(admin, 7, "/admin/registrations", "page", "3999");
        long[] byIec = time(admin, 7, "/admin/registrations", "iec", "9000054321");
        long[] byType = time(admin, 7, "/admin/registrations", "entityType", "C", "page", "100");

        String page = Visitor.body(admin.get("/admin/registrations"));
        assertThat(page).contains("LOAD-0000-0000").contains("class=\"overdue\"");
        System.out.printf(
                "QUEUE LOAD: %,d pending inserted in %d ms; page times in ms (median of 7 after one warm-up):"
                        + " first page %d, page 4000 %d, by IEC %d, by entity type page 101 %d%n",
                PENDING, insertMillis, median(firstPage), median(lastPage), median(byIec), median(byType));
        assertThat(median(firstPage)).isLessThan(2_000);
    }

    private static long[] time(Visitor admin, int times, String path, String... params) {
        assertThat(admin.get(path, params).getResponse().getStatus()).isEqualTo(200);
        long[] millis = new long[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            admin.get(path, params);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        return millis;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
