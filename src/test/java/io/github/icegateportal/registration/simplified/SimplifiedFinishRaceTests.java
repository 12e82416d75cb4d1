package io.github.icegateportal.registration.simplified;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.Outbox;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Finish confirmed twice at once (a double click, two tabs): one account, and the other click is told, never a 500. */
@PortalTest
class SimplifiedFinishRaceTests {

    private static final String PASSWORD = "Own#Temp1234";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void twoFinishesAtOnceOpenOneAccountAndTheOtherIsToldNotFailed() throws Exception {
        for (int n = 1; n <= 4; n++) {
            String iec = "FINPR100" + n + "A";
            String mobile = "900006000" + n;
            String email = "finish" + n + "@race.example.in";
            Outbox outbox = new Outbox(mvc);
            SimplifiedPages person = new SimplifiedPages(new Visitor(mvc), outbox);
            String gstin = SimplifiedPages.holder(jdbc, iec, email, mobile, PASSWORD, clock.instant());
            String flow = person.start(iec, gstin, PASSWORD);
            person.chooseId(flow, "Finish_Race" + n, "Finish#Race1" + n);
            person.otps(flow, outbox.otp(mobile), outbox.otp(email));

            List<Visitor> tabs = List.of(new Visitor(mvc), new Visitor(mvc));
            tabs.forEach(tab -> tab.get(flow + "finish"));
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> clicks = new ArrayList<>();
            for (Visitor tab : tabs) {
                clicks.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                    return tab.post(flow + "finish", "confirm", "true")
                            .getResponse()
                            .getStatus();
                }));
            }
            start.countDown();

            List<Integer> statuses = new ArrayList<>();
            for (var click : clicks) {
                statuses.add(click.get());
            }
            assertThat(statuses).as(iec).containsOnlyOnce(302).allMatch(status -> status == 302 || status == 409);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM accounts WHERE iec = ?", Integer.class, iec))
                    .isEqualTo(1);
        }
    }
}
