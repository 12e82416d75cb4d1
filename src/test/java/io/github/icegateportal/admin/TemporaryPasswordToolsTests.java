package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.support.Outbox;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Temporary passwords from the tools page. Each test works on IEC holders of its own (imported here), and a bulk run
 * starts just before them, so that no other test's demo holder gets a new temporary password.
 */
@PortalTest
class TemporaryPasswordToolsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TemporaryPasswordTools tools;

    @Test
    void oneIecGetsATemporaryPasswordAtItsGstnContactsAndTheRequestIsAudited() {
        var admin = AdminLogin.asFirstAdmin(mvc);
        var holder = importHolder(admin);

        var result = admin.post(
                "/admin/tools/temporary-password", "iec", holder.iec().value());

        assertThat(Visitor.body(admin.follow(result)))
                .contains("A temporary password for IEC " + holder.iec().value() + " was sent");
        assertThat(new Outbox(mvc).latest(holder.email()).body())
                .contains(holder.iec().value());
        await().ignoreExceptions().untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "SELECT details FROM audit_entry WHERE action = 'TEMPORARY_PASSWORD_REQUESTED' AND subject = ?",
                        String.class,
                        "IEC " + holder.iec().value()))
                .contains("SENT"));
    }

    @Test
    void anIecWithoutAnActiveGstinIsToldAndABadIecNextToTheField() {
        var admin = AdminLogin.asFirstAdmin(mvc);
        admin.get("/admin/tools");

        assertThat(Visitor.body(admin.follow(admin.post("/admin/tools/temporary-password", "iec", "ZZZZZ9999Z"))))
                .contains("Nothing was sent for IEC ZZZZZ9999Z");
        assertThat(Visitor.body(admin.post("/admin/tools/temporary-password", "iec", "bad")))
                .contains("IEC must be 10 characters");
    }

    @Test
    void aBulkRunSendsToEveryHolderAfterItsStartAndShowsItsProgress() {
        var admin = AdminLogin.asFirstAdmin(mvc);
        var first = importHolder(admin);
        var job = tools.startBulk("admin", "10.7.7.7", before(first.iec()));

        var page = admin.get("/admin/tools/temporary-passwords/bulk/" + job.id());
        assertThat(Visitor.body(page)).contains("Temporary passwords for every eligible IEC");

        // the timer's steps, taken here: no job runs on its own during tests (ScheduledJobsDuringTestsTests)
        for (int step = 0;
                step < 100 && !"DONE".equals(tools.find(job.id()).orElseThrow().status());
                step++) {
            tools.step();
        }
        assertThat(tools.find(job.id()).orElseThrow().status()).isEqualTo("DONE");
        var done = tools.find(job.id()).orElseThrow();
        assertThat(done.sent()).isPositive();
        assertThat(done.lastIec()).isGreaterThanOrEqualTo(first.iec().value());
        assertThat(new Outbox(mvc).latest(first.email()).body())
                .contains(first.iec().value());
        var finished = admin.get("/admin/tools/temporary-passwords/bulk/" + job.id());
        assertThat(finished.getResponse().getHeader("Refresh")).isNull();
        assertThat(Visitor.body(finished)).contains("The run has finished.");
        await().ignoreExceptions().untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_entry WHERE action = 'BULK_TEMPORARY_PASSWORDS_FINISHED' AND subject = ?",
                        Integer.class,
                        "bulk job " + job.id()))
                .isEqualTo(1));
    }

    record Holder(Iec iec, Gstin gstin, String email) {}

    /** A new IEC holder with an active GSTIN, imported through the tools page. */
    private Holder importHolder(Visitor admin) {
        String iec = QueueFixtures.newIec();
        String first14 = "27" + iec + "1Z";
        var gstin = new Gstin(first14 + Gstin.checkCharacter(first14));
        String email = "tp-" + iec.toLowerCase() + "@example.com";
        upload(
                admin,
                "IEC",
                "iec,pan,firm_name,email,mobile,address,status,signatories\n" + iec + "," + iec + ",TP Holder Pvt Ltd,"
                        + email + ",9876500011,Addr,ACTIVE,Asha Rao;ABCPR1234E;Director\n");
        upload(
                admin,
                "GST",
                "gstin,legal_name,email,mobile,status\n" + gstin.value() + ",TP Holder Pvt Ltd," + email
                        + ",9876500011,ACTIVE\n");
        return new Holder(new Iec(iec), gstin, email);
    }

    private void upload(Visitor admin, String kind, String csv) {
        admin.get("/admin/tools");
        var started = admin.upload(
                "/admin/tools/imports",
                new MockMultipartFile("file", "holder.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)),
                "kind",
                kind);
        String url = started.getResponse().getRedirectedUrl();
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        Visitor.body(admin.get(url)))
                .contains("The import has finished.", "id=\"import-accepted\">1<"));
    }

    /** The IEC just before {@code iec} in IEC order (its last character one lower). */
    private static Iec before(Iec iec) {
        String value = iec.value();
        char last = value.charAt(9);
        return new Iec(value.substring(0, 9) + (char) (last == 'A' ? '9' : last - 1));
    }
}
