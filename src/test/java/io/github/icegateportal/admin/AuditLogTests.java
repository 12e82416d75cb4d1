package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.icegateportal.shared.event.AuditableEvent;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

@PortalTest
class AuditLogTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    record SomethingHappened(
            Instant occurredAt, String actor, String remoteAddress, String subject, String action, String details)
            implements AuditableEvent {}

    @Test
    void everyAuditableEventOfAnyModuleBecomesOneEntry() {
        String actor = actor();
        publish(new SomethingHappened(
                Instant.parse("2026-11-20T08:00:00Z"),
                actor,
                "192.0.2.7",
                "IEC AADCK8350R",
                "IEC_CORRECTED",
                "Email changed"));

        await().ignoreExceptions().untilAsserted(() -> assertThat(jdbc.queryForMap(
                        "SELECT actor, remote_address, subject, action, details FROM audit_entry WHERE actor = ?",
                        actor))
                .containsEntry("remote_address", "192.0.2.7")
                .containsEntry("subject", "IEC AADCK8350R")
                .containsEntry("action", "IEC_CORRECTED")
                .containsEntry("details", "Email changed"));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnAuditEntry() {
        String actor = actor();
        jdbc.update(
                "INSERT INTO audit_entry (occurred_at, actor, subject, action, details) VALUES (?, ?, 's', 'A', 'd')",
                java.sql.Timestamp.from(Instant.parse("2026-11-20T08:00:00Z")),
                actor);

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET details = 'rewritten' WHERE actor = ?", actor))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .rootCause()
                .hasMessageContaining("audit_entry is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE actor = ?", actor))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .rootCause()
                .hasMessageContaining("audit_entry is append-only: DELETE refused");
        assertThat(jdbc.queryForList("SELECT details FROM audit_entry WHERE actor = ?", String.class, actor))
                .containsExactly("d");
    }

    @Test
    void anEventOfARolledBackTransactionLeavesNoEntry() {
        String actor = actor();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new SomethingHappened(Instant.now(), actor, null, "x", "ROLLED_BACK", "-"));
            status.setRollbackOnly();
        });
        publish(new SomethingHappened(Instant.now(), actor, null, "x", "COMMITTED", "-"));

        await().ignoreExceptions().untilAsserted(() -> assertThat(
                        jdbc.queryForList("SELECT action FROM audit_entry WHERE actor = ?", String.class, actor))
                .containsExactly("COMMITTED"));
    }

    @Test
    void thePageShowsActionsAndSubjectsAsLabelsInBothLanguagesAndAnUnknownCodeAsItIs() {
        String actor = actor();
        publish(new SomethingHappened(Instant.now(), actor, null, "admin admin", "ADMIN_LOGIN", "-"));
        publish(new SomethingHappened(Instant.now(), actor, null, "registration R-1", "REGISTRATION_OTP_SENT", "-"));
        publish(new SomethingHappened(Instant.now(), actor, null, "something else", "NEW_KIND_OF_EVENT", "-"));
        await().ignoreExceptions().untilAsserted(() -> assertThat(
                        jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ?", Integer.class, actor))
                .isEqualTo(3));
        var admin = AdminLogin.asFirstAdmin(mvc);

        assertThat(Visitor.body(admin.get("/admin/audit", "actor", actor)))
                .contains(
                        "<td>Admin signed in</td>",
                        "<td>Administrator admin</td>",
                        "<td>OTPs sent</td>",
                        "<td>Registration R-1</td>",
                        "<td>NEW_KIND_OF_EVENT</td>",
                        "<td>something else</td>")
                .doesNotContain("<td>ADMIN_LOGIN</td>", "<td>admin admin</td>");
        assertThat(Visitor.body(admin.get("/admin/audit", "actor", actor, "lang", "hi")))
                .contains("<td>व्यवस्थापक ने लॉगिन किया</td>", "<td>व्यवस्थापक admin</td>");
    }

    @Test
    void thePageFiltersByActorActionSubjectAndDateAndPages() {
        String actor = actor();
        for (int i = 0; i < 60; i++) {
            publish(new SomethingHappened(
                    Instant.parse("2026-11-10T08:00:00Z").plusSeconds(i),
                    actor,
                    "192.0.2.8",
                    "registration R-" + i,
                    i % 2 == 0 ? "REGISTRATION_SUBMITTED" : "REGISTRATION_APPROVED",
                    "step " + i));
        }
        publish(new SomethingHappened(
                Instant.parse("2026-11-12T08:00:00Z"),
                actor,
                "192.0.2.8",
                "registration LATE",
                "REGISTRATION_SUBMITTED",
                "-"));
        await().ignoreExceptions().untilAsserted(() -> assertThat(
                        jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ?", Integer.class, actor))
                .isEqualTo(61));
        var admin = AdminLogin.asFirstAdmin(mvc);

        String all = Visitor.body(admin.get("/admin/audit", "actor", actor));
        assertThat(all)
                .contains("Registration LATE", "Registration R-11<", "Older entries")
                .doesNotContain("Registration R-10<", "Newest entries");
        // Keyset paging: the next page starts below the last entry shown (R-11, at 08:00:11, with its id).
        var older = java.util.regex.Pattern.compile(
                        "href=\"/admin/audit\\?actor=" + actor + "&amp;[^\"]*&amp;before=([^\"]+)\" rel=\"next\"|"
                                + "rel=\"next\"\\s+href=\"/admin/audit\\?actor=" + actor
                                + "&amp;[^\"]*&amp;before=([^\"]+)\"")
                .matcher(all);
        assertThat(older.find()).as(all).isTrue();
        String before = java.net.URLDecoder.decode(
                older.group(1) != null ? older.group(1) : older.group(2), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(before).startsWith("2026-11-10T08:00:11Z_");
        assertThat(Visitor.body(admin.get("/admin/audit", "actor", actor, "before", before)))
                .contains("Registration R-10<", "Registration R-0<", "Newest entries")
                .doesNotContain("Registration R-11<", "Registration LATE", "Older entries");
        assertThat(Visitor.body(admin.get("/admin/audit", "actor", actor, "before", "not-a-cursor")))
                .as("an address that is not a cursor shows the newest page")
                .contains("Registration LATE");

        assertThat(Visitor.body(admin.get("/admin/audit", "actor", actor, "action", "registration_approved")))
                .contains("Registration R-59<", "Registration R-1<")
                .doesNotContain("Registration submitted</td>", "Older entries");
        assertThat(Visitor.body(admin.get("/admin/audit", "actor", actor, "action", "REGISTRATION_APPROVED")))
                .as("the action filter is a list of readable labels, the chosen one selected")
                .containsPattern("<select[^>]*name=\"action\"")
                .contains("<option value=\"\">All actions</option>")
                .containsPattern(
                        "<option value=\"REGISTRATION_APPROVED\" selected=\"selected\">Registration approved</option>")
                .contains("<option value=\"ADMIN_LOGIN_FAILED\">Admin sign-in refused</option>")
                .contains("Registration R-59<");
        assertThat(Visitor.body(admin.get("/admin/audit", "actor", actor, "subject", "r-59")))
                .contains("Registration R-59")
                .doesNotContain("Registration R-58", "Registration LATE");
        assertThat(Visitor.body(admin.get("/admin/audit", "actor", actor, "from", "2026-11-11", "to", "2026-11-12")))
                .contains("Registration LATE")
                .doesNotContain("Registration R-59");
        assertThat(Visitor.body(admin.get("/admin/audit", "actor", "nobody-" + actor)))
                .contains("No entries match.");
    }

    @Test
    void theCsvExportHasEveryMatchingEntryOldestFirstWithFormulaTextDefused() {
        String actor = actor();
        publish(new SomethingHappened(
                Instant.parse("2026-11-01T08:00:00Z"),
                actor,
                "192.0.2.9",
                "account X",
                "ACCOUNT_OPENED",
                "=HYPERLINK(\"x\")"));
        publish(new SomethingHappened(
                Instant.parse("2026-11-02T08:00:00Z"), actor, "192.0.2.9", "account X", "ACCOUNT_LOCKED", "a, b"));
        await().ignoreExceptions().untilAsserted(() -> assertThat(
                        jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ?", Integer.class, actor))
                .isEqualTo(2));
        var admin = AdminLogin.asFirstAdmin(mvc);

        var result = admin.get("/admin/audit.csv", "actor", actor);

        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(Visitor.body(result).lines())
                .hasSize(3)
                .first()
                .isEqualTo("id,occurredAt,actor,remoteAddress,subject,action,details");
        assertThat(Visitor.body(result))
                .contains("2026-11-01T08:00:00Z," + actor
                        + ",192.0.2.9,account X,ACCOUNT_OPENED,\"'=HYPERLINK(\"\"x\"\")\"")
                .contains("ACCOUNT_LOCKED,\"a, b\"");
        await().ignoreExceptions().untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_entry WHERE action = 'AUDIT_EXPORTED' AND remote_address = ?",
                        Integer.class,
                        admin.remoteAddress()))
                .isEqualTo(1));
    }

    @Test
    void theAuditPageOffersNoWayToChangeAnEntry() {
        var admin = AdminLogin.asFirstAdmin(mvc);

        String page = Visitor.body(admin.get("/admin/audit"));

        assertThat(page).doesNotContain("method=\"post\" action=\"/admin/audit");
        assertThat(admin.post("/admin/audit").getResponse().getStatus()).isIn(403, 405);
    }

    private void publish(AuditableEvent event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private static String actor() {
        return "tester-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
