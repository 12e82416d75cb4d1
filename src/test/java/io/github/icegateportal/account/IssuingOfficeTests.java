package io.github.icegateportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Accounts of two kinds behind one login (issue 13): IEC holders and issuing offices, each with its own role and home;
 * the office area closed to everyone else; offices kept by the admin (audited); one holder per IEC in the database.
 */
@PortalTest
class IssuingOfficeTests {

    static final String DEMO_OFFICE = "CLEDELHI1984";
    static final String DEMO_OFFICE_PASSWORD = "Demo#Office1";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theSevenOfficesOfTheSeedAreDemoOfficesThatLogInToTheirOwnHome() {
        assertThat(jdbc.queryForList(
                        "SELECT icegate_id FROM accounts WHERE kind = 'OFFICE' AND icegate_id LIKE 'CLE%1984' ORDER BY 1",
                        String.class))
                .containsExactly(
                        "CLEAGRA1984",
                        "CLEDELHI1984",
                        "CLEINDIA1984",
                        "CLEJALANDHAR1984",
                        "CLEKANPUR1984",
                        "CLEKOLKATA1984",
                        "CLEMUMBAI1984");
        var office = new Visitor(mvc);

        var login = office.logIn(DEMO_OFFICE.toLowerCase(java.util.Locale.ROOT), DEMO_OFFICE_PASSWORD);

        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/office");
        assertThat(Visitor.body(office.get("/office")))
                .contains("Council for Leather Exports, Delhi", DEMO_OFFICE, "Rakesh Malhotra", "AJMPM4417K")
                .contains("href=\"/office\"")
                .doesNotContain("href=\"/account\"");
        assertThat(office.get("/dashboard")).hasStatus(403);
        assertThat(office.get("/filing")).hasStatus(403);
        assertThat(office.get("/account")).hasStatus(403);
        assertThat(office.get("/login").getResponse().getRedirectedUrl()).isEqualTo("/office");
    }

    @Test
    void everyDocumentedDemoOfficeLogsInWithItsPublishedPasswordAndShowsItsSignatory() throws java.io.IOException {
        List<List<String>> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("docs/demo-data.md"))) {
            if (line.startsWith("### ")) {
                inSection = line.equals("### Demo issuing offices");
            } else if (inSection && line.startsWith("| `")) {
                rows.add(List.of(line.substring(2, line.length() - 2).split(" \\| ")));
            }
        }
        assertThat(rows).hasSize(7);
        for (var row : rows) {
            String id = row.get(0).replace("`", "");
            var office = new Visitor(mvc);

            var login = office.logIn(id, row.get(1).replace("`", ""));

            assertThat(login.getResponse().getRedirectedUrl()).as(id).isEqualTo("/office");
            String signatory = row.get(3);
            assertThat(Visitor.body(office.get("/office")))
                    .as(id)
                    .contains(id, row.get(2), signatory.substring(0, signatory.indexOf(" (")))
                    .contains(signatory.substring(
                            signatory.lastIndexOf('`', signatory.length() - 2) + 1, signatory.length() - 1));
        }
    }

    @Test
    void everyOfficePageRefusesAnonymousVisitorsAndHolders() {
        List<String[]> officePages = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/office") || pattern.startsWith("/office/")) {
                    var methods = info.getMethodsCondition().getMethods();
                    String verb = methods.contains(RequestMethod.POST) ? "POST" : "GET";
                    officePages.add(new String[] {verb, pattern.replaceAll("\\{[^}]+}", "1")});
                }
            }
        });
        assertThat(officePages).as("the office area's mappings").isNotEmpty();
        var anonymous = new Visitor(mvc);
        anonymous.get("/");
        AccountView holderAccount = accounts.openSimplified(TestAccounts.newAccount("NotOffice"));
        var holder = new Visitor(mvc);
        assertThat(holder.logIn(holderAccount.icegateId().value(), TestAccounts.PASSWORD)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/dashboard");

        for (String[] page : officePages) {
            MvcTestResult asAnonymous = send(anonymous, page);
            assertThat(asAnonymous.getResponse().getRedirectedUrl())
                    .as("%s %s for an anonymous visitor", page[0], page[1])
                    .endsWith("/login");
            assertThat(send(holder, page))
                    .as("%s %s for an IEC holder", page[0], page[1])
                    .hasStatus(403);
        }
    }

    @Test
    void onlyAHolderHasAnIecAndEachIecHasOneHolder() {
        AccountView holder = accounts.openSimplified(TestAccounts.newAccount("OneHolder"));
        long office = jdbc.queryForObject("SELECT id FROM accounts WHERE icegate_id_key = ?", Long.class, DEMO_OFFICE);

        assertThatThrownBy(() -> jdbc.update("UPDATE accounts SET iec = ? WHERE id = ?", "8123456780", office))
                .as("an office with an IEC")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE accounts SET iec = NULL WHERE icegate_id_key = ?",
                        holder.icegateId().key()))
                .as("a holder without an IEC")
                .isInstanceOf(DataIntegrityViolationException.class);
        AccountView other = accounts.openSimplified(TestAccounts.newAccount("TwoHolders"));
        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE accounts SET iec = ? WHERE icegate_id_key = ?",
                        holder.iec().value(),
                        other.icegateId().key()))
                .as("a second holder of one IEC")
                .isInstanceOf(DataIntegrityViolationException.class);
        var byIec = new Visitor(mvc).logIn(holder.iec().value(), TestAccounts.PASSWORD);
        assertThat(byIec.getResponse().getRedirectedUrl()).isEqualTo("/dashboard");
    }

    @Test
    void theAdminAddsAnOfficeThatLogsInThenDisablesItAndGivesItANewPassword() {
        var admin = admin();
        String id = TestAccounts.uniqueId("CLE").value();

        String added = Visitor.body(admin.post(
                "/admin/offices",
                "icegateId",
                id,
                "name",
                "Council for Leather Exports, Ranipet",
                "city",
                "Ranipet",
                "email",
                "ranipet@cle.example.in",
                "mobile",
                "9840199001",
                "signatoryName",
                "K. Lakshmi",
                "signatoryPan",
                "ABLPL1234K",
                "signatoryDesignation",
                "Regional Officer"));
        assertThat(added).contains("Council for Leather Exports, Ranipet (" + id + ") added");
        String password = oneTimePassword(added);
        var office = new Visitor(mvc);
        assertThat(office.logIn(id, password).getResponse().getRedirectedUrl()).isEqualTo("/office");
        assertThat(Visitor.body(office.get("/office"))).contains("K. Lakshmi", "ABLPL1234K", "Ranipet");
        long officeId = jdbc.queryForObject(
                "SELECT id FROM accounts WHERE icegate_id_key = ?", Long.class, id.toUpperCase(java.util.Locale.ROOT));

        admin.get("/admin/offices/" + officeId);
        admin.post("/admin/offices/" + officeId + "/disable");
        assertThat(office.get("/office").getResponse().getRedirectedUrl())
                .as("a disabled office's session ends at once")
                .endsWith("/login");
        assertThat(new Visitor(mvc).logIn(id, password).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error=disabled&username=" + id);

        admin.get("/admin/offices/" + officeId);
        admin.post("/admin/offices/" + officeId + "/enable");
        String reset = Visitor.body(admin.post("/admin/offices/" + officeId + "/password"));
        String newPassword = oneTimePassword(reset);
        assertThat(new Visitor(mvc).logIn(id, password).getResponse().getRedirectedUrl())
                .startsWith("/login?error=bad");
        assertThat(new Visitor(mvc).logIn(id, newPassword).getResponse().getRedirectedUrl())
                .isEqualTo("/office");

        assertThat(Visitor.body(admin.get("/admin/audit")))
                .contains("Issuing office added", "Issuing office disabled", "Issuing office given a new password");
    }

    @Test
    void theAdminAddsAndRemovesSignatoriesAndBadInputIsNamedNextToItsField() {
        var admin = admin();
        admin.get("/admin/offices");

        String empty = Visitor.body(admin.post("/admin/offices"));
        assertThat(empty)
                .contains("Enter the name of the office.", "Enter the city.", "Enter the PAN.")
                .contains("Enter the name of the signatory.", "Enter the designation of the signatory.");
        String taken = Visitor.body(admin.post(
                "/admin/offices",
                "icegateId",
                DEMO_OFFICE,
                "name",
                "Another office",
                "city",
                "Delhi",
                "email",
                "other@cle.example.in",
                "mobile",
                "9840199002",
                "signatoryName",
                "Someone",
                "signatoryPan",
                "ABLPL1234K",
                "signatoryDesignation",
                "Officer"));
        assertThat(taken).contains("This ICEGATE ID is already in use.");

        long delhi = jdbc.queryForObject("SELECT id FROM accounts WHERE icegate_id_key = ?", Long.class, DEMO_OFFICE);
        admin.get("/admin/offices/" + delhi);
        String known = Visitor.body(admin.post(
                "/admin/offices/" + delhi,
                "signatoryName",
                "Rakesh Malhotra",
                "signatoryPan",
                "AJMPM4417K",
                "signatoryDesignation",
                "Regional Director"));
        assertThat(known).contains("This office already has a signatory with this PAN.");
        String pan = "ZZ" + "LPT"
                + String.format(
                        "%04d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10000)) + "Q";
        admin.post(
                "/admin/offices/" + delhi,
                "signatoryName",
                "Temporary Signer",
                "signatoryPan",
                pan,
                "signatoryDesignation",
                "Assistant Director");
        assertThat(Visitor.body(admin.get("/admin/offices/" + delhi))).contains("Temporary Signer", pan);
        long signatory = jdbc.queryForObject(
                "SELECT id FROM office_signatories WHERE account_id = ? AND pan = ?", Long.class, delhi, pan);
        admin.post("/admin/offices/" + delhi + "/signatories/" + signatory + "/remove");
        assertThat(Visitor.body(admin.get("/admin/offices/" + delhi)))
                .doesNotContain("Temporary Signer")
                .contains("Rakesh Malhotra");
        assertThat(admin.get("/admin/offices/999999999")).hasStatus(404);
    }

    private Visitor admin() {
        var admin = new Visitor(mvc);
        admin.get("/admin/login");
        admin.post("/admin/login", "username", "admin", "password", "Admin-Test-Pa55!");
        admin.get("/admin/offices");
        return admin;
    }

    private static MvcTestResult send(Visitor visitor, String[] page) {
        return "POST".equals(page[0]) ? visitor.post(page[1]) : visitor.get(page[1]);
    }

    private static String oneTimePassword(String page) {
        Matcher matcher =
                Pattern.compile("id=\"one-time-password\">([^<]+)</code>").matcher(page);
        assertThat(matcher.find()).as("a one-time password on the page").isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(1));
    }
}
