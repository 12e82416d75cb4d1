package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The ready-made demo accounts and queued registrations are what docs/demo-data.md says ("Ready-made accounts and
 * registrations"): every documented login works through the login form, and every documented registration waits
 * in the admin's queue, as a real submission would.
 */
@PortalTest
class DemoAccountsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void startOfTheDemo() {
        // the queued registrations were made at start-up, counted back from the clock's start
        clock.reset();
    }

    @Test
    void everyDocumentedDemoLoginOpensTheDashboardAndFilingFollowsTheAccount() throws IOException {
        var logins = rows("### Demo logins");
        assertThat(logins).hasSizeGreaterThanOrEqualTo(2);
        for (var row : logins) {
            String id = unquote(row.get(0));
            String iec = unquote(row.get(2));
            boolean mayFile = row.get(3).contains("may file") && !row.get(3).contains("may not file");
            var visitor = new Visitor(mvc);

            var result = visitor.logIn(id, unquote(row.get(1)));

            assertThat(result.getResponse().getRedirectedUrl()).as(id).endsWith("/dashboard");
            String dashboard = Visitor.body(visitor.get("/dashboard"));
            assertThat(dashboard).as(id).contains(id, iec);
            assertThat(visitor.get("/filing").getResponse().getStatus())
                    .as(id + " on /filing")
                    .isEqualTo(mayFile ? 200 : 403);
        }
        assertThat(logins.stream().map(row -> row.get(3)))
                .anyMatch(cell -> cell.startsWith("simplified"))
                .anyMatch(cell -> cell.startsWith("DSC"));
    }

    @Test
    void theDemoAccountsPasswordsAreStoredAsTheProductionEncoderStoresThem() {
        var hashes = jdbc.queryForList(
                "SELECT password_hash FROM accounts WHERE icegate_id_key IN ('DEMO-SIMPLIFIED', 'DEMO-DSC')",
                String.class);
        assertThat(hashes).hasSize(2).allMatch(hash -> hash.startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$"));
    }

    @Test
    void everyDocumentedQueuedRegistrationWaitsInTheAdminsQueueWithDocumentsAndAVerifiedDsc() throws IOException {
        var queued = rows("### Registrations waiting in the approval queue");
        assertThat(queued).hasSizeGreaterThanOrEqualTo(2);
        var admin = AdminLogin.asFirstAdmin(mvc);
        boolean sawOverdue = false;
        boolean sawFresh = false;
        for (var row : queued) {
            String iec = unquote(row.get(0));
            boolean overdue = row.get(4).contains("overdue");
            String queue = Visitor.body(admin.get("/admin/registrations", "iec", iec));

            var references = referencesIn(queue);
            assertThat(references).as(iec).hasSize(1);
            String reference = references.get(0);
            String queueRow = rowOf(queue, reference);
            if (overdue) {
                assertThat(queueRow).as(iec).contains("class=\"overdue\"", "Overdue");
                sawOverdue = true;
            } else {
                assertThat(queueRow).as(iec).doesNotContain("class=\"overdue\"");
                sawFresh = true;
            }
            String detail = Visitor.body(admin.get("/admin/registrations/" + reference));
            assertThat(detail)
                    .as(iec)
                    .contains(
                            "id=\"registration-status\">Submitted: waiting for a decision<",
                            "Every check passed.",
                            "id=\"approve\"")
                    .contains(unquote(row.get(1)));
            int documents = jdbc.queryForObject(
                    "SELECT count(*) FROM registration_document d JOIN registration r ON r.id = d.registration_id"
                            + " WHERE r.reference_number = ?",
                    Integer.class,
                    reference);
            assertThat(documents).as(iec).isGreaterThanOrEqualTo(3);
            assertThat(jdbc.queryForObject(
                            "SELECT holder FROM icegate_ids WHERE id_key = ?", String.class, unquote(row.get(1))))
                    .startsWith("registration:");
        }
        assertThat(sawOverdue).as("an overdue one").isTrue();
        assertThat(sawFresh).as("a fresh one").isTrue();
    }

    @Test
    void theQueuedDemoDocumentsOpenAsThePdfOrPngTheySayTheyAre() throws IOException {
        var admin = AdminLogin.asFirstAdmin(mvc);
        for (var row : rows("### Registrations waiting in the approval queue")) {
            var rowsOfDocuments = jdbc.queryForList(
                    "SELECT r.reference_number, d.id, d.media_type FROM registration_document d"
                            + " JOIN registration r ON r.id = d.registration_id"
                            + " WHERE r.iec = ? AND r.status = 'SUBMITTED'",
                    unquote(row.get(0)));
            assertThat(rowsOfDocuments)
                    .extracting(document -> document.get("media_type"))
                    .contains("application/pdf");
            for (var document : rowsOfDocuments) {
                var served = admin.get("/admin/registrations/" + document.get("reference_number") + "/documents/"
                        + document.get("id") + "/view");
                assertThat(served.getResponse().getStatus()).isEqualTo(200);
                byte[] content = served.getResponse().getContentAsByteArray();
                if ("application/pdf".equals(document.get("media_type"))) {
                    assertThat(new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                            .isEqualTo("%PDF-");
                } else {
                    assertThat(content[1]).isEqualTo((byte) 'P');
                    assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(content)))
                            .isNotNull();
                }
            }
        }
    }

    /** The rows of the table under {@code heading} in docs/demo-data.md, cells unquoted only by the caller. */
    private static List<List<String>> rows(String heading) throws IOException {
        var rows = new ArrayList<List<String>>();
        boolean inSection = false;
        for (String line : Files.readAllLines(Path.of("docs/demo-data.md"))) {
            if (line.startsWith("#")) {
                inSection = line.equals(heading);
                continue;
            }
            if (inSection && line.startsWith("| `")) {
                var cells = new ArrayList<String>();
                for (String cell : line.substring(2, line.length() - 2).split(" \\| ")) {
                    cells.add(cell.strip());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String unquote(String cell) {
        return cell.replace("`", "");
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
