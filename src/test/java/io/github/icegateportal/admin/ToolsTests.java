package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.icegateportal.directory.DgftDirectory;
import io.github.icegateportal.directory.DirectoryFaults;
import io.github.icegateportal.directory.DirectorySource;
import io.github.icegateportal.directory.FaultMode;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalTest
class ToolsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DirectoryFaults faults;

    @Autowired
    DgftDirectory dgft;

    @AfterEach
    void resetFaults() {
        faults.reset();
    }

    @Test
    void anAdminSwitchesADirectoryToFailAndTheSwitchIsAudited() {
        var admin = AdminLogin.asFirstAdmin(mvc);
        admin.get("/admin/tools");

        var result = admin.post("/admin/tools/faults", "source", "DGFT", "mode", "FAIL");

        assertThat(faults.mode(DirectorySource.DGFT)).isEqualTo(FaultMode.FAIL);
        assertThat(Visitor.body(admin.follow(result))).contains("Fault mode set: DGFT: FAIL.");
        awaitAudit("DIRECTORY_FAULT_MODE_CHANGED", "directory DGFT", admin.remoteAddress());
    }

    @Test
    void anImportWithGoodAndBadRowsAcceptsTheGoodOnesAndReportsTheBadOnesByLine() {
        String good1 = QueueFixtures.newIec();
        String good2 = QueueFixtures.newIec();
        String csv = "iec,pan,firm_name,email,mobile,address,status,last_updated,signatories\n"
                + good1 + "," + good1
                + ",Import One Pvt Ltd,one@example.com,9876500001,\"1 Road, Pune\",ACTIVE,2026-01-02,"
                + "Asha Rao;ABCPR1234E;Director\n"
                + "NOT-AN-IEC,ABCDE1234F,Bad Row,bad@example.com,9876500002,Addr,ACTIVE,,Asha Rao;ABCPR1234E;Director\n"
                + good2 + "," + good2 + ",Import Two Pvt Ltd,two@example.com,9876500003,Addr,ACTIVE,,"
                + "Ravi Das;ABCPD1234E;Director\n"
                + QueueFixtures.newIec()
                + ",ABCDE1234F,Bad Email,not-an-email,9876500004,Addr,ACTIVE,,Ravi Das;ABCPD1234E;Director\n";
        var admin = AdminLogin.asFirstAdmin(mvc);
        admin.get("/admin/tools");

        var started = admin.upload(
                "/admin/tools/imports",
                new MockMultipartFile("file", "records.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)),
                "kind",
                "IEC");

        String progressUrl = started.getResponse().getRedirectedUrl();
        assertThat(progressUrl).startsWith("/admin/tools/imports/");
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        Visitor.body(admin.get(progressUrl)))
                .contains("The import has finished."));
        var done = admin.get(progressUrl);
        assertThat(done.getResponse().getHeader("Refresh")).isNull();
        assertThat(Visitor.body(done))
                .contains("id=\"import-accepted\">2<", "id=\"import-refused\">2<", "refused-report");
        String report = Visitor.body(admin.get(progressUrl + "/refused.csv"));
        assertThat(report.lines()).hasSize(3).first().isEqualTo("line,reason");
        assertThat(report.lines().skip(1))
                .satisfiesExactly(line -> assertThat(line).startsWith("3,"), line -> assertThat(line)
                        .startsWith("5,"));
        assertThat(dgft.findByIec(new Iec(good1))).isPresent();
        assertThat(dgft.findByIec(new Iec(good2))).isPresent();
        awaitAudit(
                "DIRECTORY_IMPORT_STARTED",
                "import " + progressUrl.substring(progressUrl.lastIndexOf('/') + 1),
                admin.remoteAddress());
        await().ignoreExceptions().untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "SELECT details FROM audit_entry WHERE action = 'DIRECTORY_IMPORT_FINISHED' AND subject = ?",
                        String.class,
                        "import " + progressUrl.substring(progressUrl.lastIndexOf('/') + 1)))
                .contains("2 accepted, 2 refused"));
    }

    @Test
    void anUploadWithoutAFileIsToldOnThePage() {
        var admin = AdminLogin.asFirstAdmin(mvc);
        admin.get("/admin/tools");

        var result = admin.upload(
                "/admin/tools/imports", new MockMultipartFile("file", "", "text/csv", new byte[0]), "kind", "IEC");

        assertThat(Visitor.body(result)).contains("Choose a CSV file to upload.");
    }

    @Test
    void aCorrectionOfOneDgftRecordChangesItAndIsAudited() {
        String iec = QueueFixtures.newIec();
        var admin = AdminLogin.asFirstAdmin(mvc);
        importOne(admin, iec);

        var corrected =
                admin.post("/admin/tools/iec-correction", "iec", iec.toLowerCase(), "mobile", "+91 91234 56780");

        assertThat(Visitor.body(admin.follow(corrected))).contains("The record " + iec + " has been corrected.");
        assertThat(dgft.findByIec(new Iec(iec)).orElseThrow().mobile().value()).isEqualTo("9123456780");
        await().ignoreExceptions().untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_entry WHERE actor = 'admin' AND subject LIKE ? AND remote_address = ?",
                        Integer.class,
                        "%" + iec + "%",
                        admin.remoteAddress()))
                .isPositive());
    }

    @Test
    void aCorrectionWithBadInputIsToldNextToTheFields() {
        var admin = AdminLogin.asFirstAdmin(mvc);
        admin.get("/admin/tools");

        assertThat(Visitor.body(
                        admin.post("/admin/tools/iec-correction", "iec", "ZZZZZ9999Z", "email", "x@example.com")))
                .contains("DGFT has no record of this IEC.");
        assertThat(Visitor.body(admin.post("/admin/tools/iec-correction", "iec", "AADCK8350R", "email", "<script>")))
                .contains("Enter an email address in the form name@example.com.")
                .doesNotContain("<script>");
        assertThat(Visitor.body(admin.post("/admin/tools/iec-correction", "iec", "AADCK8350R")))
                .contains("Fill in at least one field to change.");
        assertThat(Visitor.body(
                        admin.post("/admin/tools/gst-correction", "gstin", "33AADCK8350R1Z1", "status", "CANCELLED")))
                .contains("This GSTIN is not valid");
    }

    private void importOne(Visitor admin, String iec) {
        admin.get("/admin/tools");
        String csv = "iec,pan,firm_name,email,mobile,address,status,signatories\n" + iec + "," + iec
                + ",Correct Me Ltd,c@example.com,9876500009,Addr,ACTIVE,Asha Rao;ABCPR1234E;Director\n";
        var started = admin.upload(
                "/admin/tools/imports",
                new MockMultipartFile("file", "one.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)),
                "kind",
                "IEC");
        String url = started.getResponse().getRedirectedUrl();
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(Visitor.body(admin.get(url))).contains("The import has finished."));
    }

    private void awaitAudit(String action, String subject, String remoteAddress) {
        await().ignoreExceptions().untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_entry WHERE action = ? AND subject = ? AND remote_address = ?",
                        Integer.class,
                        action,
                        subject,
                        remoteAddress))
                .isPositive());
    }
}
