package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PortalTest
class ApprovalQueueTests extends WithQueueFixtures {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AdminAccounts accounts;

    @Test
    void theQueueShowsTheOldestFirstPagedAndMarksOverdueRows() {
        String iec = QueueFixtures.newIec();
        Instant now = clock.instant();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // i = 0 is the oldest: 100 hours, then one hour less each
            references.add(fixtures.submitted(iec, now.minus(Duration.ofHours(100 - i))));
        }
        var admin = AdminLogin.asFirstAdmin(mvc);

        String first = Visitor.body(admin.get("/admin/registrations", "iec", iec.toLowerCase()));

        assertThat(first).contains("30 registrations", "Page 1 of 2");
        assertThat(referencesIn(first)).containsExactlyElementsOf(references.subList(0, 25));
        assertThat(rowOf(first, references.get(0))).contains("class=\"overdue\"", "100 h 0 min", "Overdue");
        assertThat(rowOf(first, references.get(24))).contains("76 h 0 min", "Overdue");
        String second = Visitor.body(admin.get("/admin/registrations", "iec", iec, "page", "1"));
        assertThat(referencesIn(second)).containsExactlyElementsOf(references.subList(25, 30));
        assertThat(rowOf(second, references.get(28)))
                .doesNotContain("class=\"overdue\"")
                .contains("Past 24 h");
    }

    @Test
    void theStatusFilterOffersTheRoutesStatesWithReadableLabelsInBothLanguages() {
        var admin = AdminLogin.asFirstAdmin(mvc);

        String dsc = Visitor.body(admin.get("/admin/registrations"));
        assertThat(dsc)
                .contains(
                        "<option value=\"SUBMITTED\" selected=\"selected\">Submitted: waiting for a decision</option>",
                        ">KYC documents uploaded</option>",
                        "<option value=\"DSC\" selected=\"selected\">IEC-based with a DSC (Route B)</option>")
                .doesNotContain("value=\"DETAILS_VERIFIED\"", "value=\"ALTERNATE_OTP_SENT\"", ">SUBMITTED</option>");
        assertThat(Pattern.compile("<option value=\"[A-Z_]+\"[^>]*>[A-Z_]+</option>")
                        .matcher(dsc)
                        .find())
                .as("no option shows a raw code")
                .isFalse();

        String simplified =
                Visitor.body(admin.get("/admin/registrations", "route", "SIMPLIFIED", "status", "OTP_SENT"));
        assertThat(simplified)
                .contains(">Details verified (Route A)</option>", ">OTPs sent to alternate contacts</option>")
                .doesNotContain("value=\"DSC_VERIFIED\"");

        assertThat(Visitor.body(admin.get("/admin/registrations", "lang", "hi")))
                .contains(">जमा: निर्णय की प्रतीक्षा</option>", ">DSC के साथ IEC-आधारित (मार्ग B)</option>");
    }

    @Test
    void aReferenceNumberSearchOpensTheRegistrationAndAnUnknownOneIsToldNextToTheField() {
        String reference = fixtures.submitted(QueueFixtures.newIec(), clock.instant());
        var admin = AdminLogin.asFirstAdmin(mvc);

        var found = admin.get(
                "/admin/registrations", "reference", reference.toLowerCase().replace("-", ""));
        assertThat(found.getResponse().getRedirectedUrl()).isEqualTo("/admin/registrations/" + reference);

        var unknown = admin.get("/admin/registrations", "reference", "ZZZZ-ZZZZ-ZZZZ");
        assertThat(Visitor.body(unknown)).contains("No registration has this reference number.");
        assertThat(Visitor.body(admin.get("/admin/registrations", "iec", "<b>bad")))
                .contains("IEC must be 10 characters")
                .doesNotContain("<b>bad");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "status=X",
                "route=X",
                "entityType=X",
                "from=X",
                "to=2026-13-45",
                "route=X&reference=AB",
                "status=X&iec=-1",
                "status=X&route=Y&entityType=Z&from=a&to=b&iec=-1&reference=%25"
            })
    void junkInTheQueueFiltersIsToldNextToEachFieldAndTheWholePageIsShown(String query) {
        var admin = AdminLogin.asFirstAdmin(mvc);
        var params = new java.util.ArrayList<String>();
        for (String pair : query.split("&")) {
            String[] nameValue = pair.split("=", 2);
            params.add(nameValue[0]);
            params.add(java.net.URLDecoder.decode(nameValue[1], java.nio.charset.StandardCharsets.UTF_8));
        }

        var result = admin.get("/admin/registrations", params.toArray(String[]::new));

        assertThat(result.getResponse().getStatus()).as(query).isEqualTo(200);
        String page = Visitor.body(result);
        assertThat(page).as(query).contains("</html>").contains("is-invalid");
        for (int i = 0; i < params.size(); i += 2) {
            String field = params.get(i);
            if (!field.equals("reference")) {
                assertThat(page).as(query + ": " + field).containsPattern("id=\"" + field + "-error\"");
            }
        }
    }

    @Test
    void approvingRecordsTheDecisionAndTheAuditEntryWithTheAdminsAddress() {
        String reference =
                fixtures.submitted(QueueFixtures.newIec(), clock.instant().minus(Duration.ofHours(5)));
        var admin = AdminLogin.asFirstAdmin(mvc);
        String page = Visitor.body(admin.get("/admin/registrations/" + reference));
        assertThat(page).contains("Approve", "Reject");

        var result = admin.post(
                "/admin/registrations/" + reference + "/approve", "version", version(page), "confirmed", "true");

        assertThat(Visitor.body(admin.follow(result)))
                .contains("The registration has been approved.")
                .contains("<dd class=\"col-sm-9\" id=\"registration-status\">Approved: not yet activated</dd>");
        await().ignoreExceptions().untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_entry WHERE subject = ? AND action = 'REGISTRATION_APPROVED'"
                                + " AND actor = 'admin' AND remote_address = ?",
                        Integer.class,
                        "registration " + reference,
                        admin.remoteAddress()))
                .isEqualTo(1));
        await().ignoreExceptions().untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "SELECT decision FROM admin_decision_stat WHERE reference_number = ?", String.class, reference))
                .isEqualTo("APPROVED"));
    }

    @Test
    void approvingWithoutTheConfirmationIsRefusedWithAMessageBesideTheBoxAndDecidesNothing() {
        String reference =
                fixtures.submitted(QueueFixtures.newIec(), clock.instant().minus(Duration.ofHours(5)));
        var admin = AdminLogin.asFirstAdmin(mvc);
        String page = Visitor.body(admin.get("/admin/registrations/" + reference));

        var refused = admin.post("/admin/registrations/" + reference + "/approve", "version", version(page));

        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(Visitor.body(refused))
                .contains("id=\"confirmed-error\"")
                .contains("Tick &quot;I have checked the documents and the DSC&quot; to approve. Nothing was decided.")
                .contains("aria-describedby=\"confirmed-error\"")
                .doesNotContain("The registration has been approved.");
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM registration WHERE reference_number = ?", String.class, reference))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void rejectingNeedsAReasonAndSendsTheChosenReasonWithTheFreeText() {
        String reference = fixtures.submitted(QueueFixtures.newIec(), clock.instant());
        var admin = AdminLogin.asFirstAdmin(mvc);
        String page = Visitor.body(admin.get("/admin/registrations/" + reference));

        var noReason = admin.post("/admin/registrations/" + reference + "/reject", "version", version(page));
        assertThat(Visitor.body(noReason)).contains("Choose the reason for the rejection.");
        var otherWithoutText = admin.post(
                "/admin/registrations/" + reference + "/reject", "version", version(page), "reasonCode", "OTHER");
        assertThat(Visitor.body(otherWithoutText)).contains("Write the reason for the rejection");

        var rejected = admin.post(
                "/admin/registrations/" + reference + "/reject",
                "version",
                version(page),
                "reasonCode",
                "DOCUMENT_UNREADABLE",
                "reasonText",
                "The PAN card scan is blurred.");

        assertThat(Visitor.body(admin.follow(rejected)))
                .contains("The registration has been rejected.")
                .contains("A document cannot be read: The PAN card scan is blurred.");
        await().ignoreExceptions().untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "SELECT details FROM audit_entry WHERE subject = ? AND action = 'REGISTRATION_REJECTED'",
                        String.class,
                        "registration " + reference))
                .contains("A document cannot be read: The PAN card scan is blurred."));
    }

    @Test
    void twoAdminsDecidingAtOnceGetExactlyOneDecisionAndTheOtherIsToldWhoDecidedAndWhen() throws Exception {
        String reference = fixtures.submitted(QueueFixtures.newIec(), clock.instant());
        String second = "adm-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String password = accounts.add(second, "admin", null).orElseThrow();
        accounts.changePassword(second, "Second-Adm1n-Pw!", null);
        var a = AdminLogin.asFirstAdmin(mvc);
        var b = AdminLogin.as(mvc, second, "Second-Adm1n-Pw!");
        String version = version(Visitor.body(a.get("/admin/registrations/" + reference)));
        b.get("/admin/registrations/" + reference);
        var start = new CountDownLatch(1);

        var approve = CompletableFuture.supplyAsync(() -> {
            awaitLatch(start);
            return a.post("/admin/registrations/" + reference + "/approve", "version", version, "confirmed", "true");
        });
        var reject = CompletableFuture.supplyAsync(() -> {
            awaitLatch(start);
            return b.post(
                    "/admin/registrations/" + reference + "/reject",
                    "version",
                    version,
                    "reasonCode",
                    "OTHER",
                    "reasonText",
                    "Too late anyway");
        });
        start.countDown();
        MvcTestResult approved = approve.get();
        MvcTestResult rejected = reject.get();

        String status = jdbc.queryForObject(
                "SELECT status FROM registration WHERE reference_number = ?", String.class, reference);
        String decidedBy = jdbc.queryForObject(
                "SELECT decided_by FROM registration WHERE reference_number = ?", String.class, reference);
        assertThat(status).isIn("APPROVED", "REJECTED");
        var loser = status.equals("APPROVED") ? b : a;
        var loserResult = status.equals("APPROVED") ? rejected : approved;
        assertThat(decidedBy).isEqualTo(status.equals("APPROVED") ? "admin" : second);
        assertThat(Visitor.body(loser.follow(loserResult)))
                .contains("This registration was already decided by " + decidedBy + " at ")
                .contains("yours was not recorded");
        assertThat(password).isNotBlank();
    }

    @Test
    void theOverviewCountsPendingAndOverdueRegistrations() {
        var admin = AdminLogin.asFirstAdmin(mvc);
        // Submissions of earlier tests and of the demo seeding reach the figures asynchronously: wait until the
        // figures have taken in every one of them, or one arriving between the two readings would count twice.
        await().ignoreExceptions()
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
                                        + " AND listener_id LIKE '%QueueStatistics%'",
                                Long.class)
                        == 0);
        long pendingBefore = figure(Visitor.body(admin.get("/admin")), "pending-count");
        long overdueBefore = figure(Visitor.body(admin.get("/admin")), "overdue-count");

        fixtures.submitted(QueueFixtures.newIec(), clock.instant().minus(Duration.ofHours(80)));
        fixtures.submitted(QueueFixtures.newIec(), clock.instant().minus(Duration.ofHours(2)));

        await().ignoreExceptions().untilAsserted(() -> {
            String home = Visitor.body(admin.get("/admin"));
            assertThat(figure(home, "pending-count")).isEqualTo(pendingBefore + 2);
            assertThat(figure(home, "overdue-count")).isEqualTo(overdueBefore + 1);
        });
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long figure(String page, String id) {
        var matcher = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(page);
        assertThat(matcher.find()).as(id).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String version(String page) {
        var matcher = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(matcher.find()).as("version field").isTrue();
        return matcher.group(1);
    }

    private static List<String> referencesIn(String page) {
        var matcher = Pattern.compile("data-reference=\"([A-Z0-9-]+)\"").matcher(page);
        var references = new ArrayList<String>();
        while (matcher.find()) {
            references.add(matcher.group(1));
        }
        return references;
    }

    private static String rowOf(String page, String reference) {
        int start = page.lastIndexOf("<tr", page.indexOf("data-reference=\"" + reference + "\""));
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
