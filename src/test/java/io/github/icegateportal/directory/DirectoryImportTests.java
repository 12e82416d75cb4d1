package io.github.icegateportal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.Pan;
import io.github.icegateportal.support.PortalTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

/** Imports of records of this test's own (PANs with the letters IMP in front), never the demo data. */
@PortalTest
class DirectoryImportTests {

    static final String IEC_HEADER = "iec,pan,firm_name,email,mobile,address,status,last_updated,signatories\n";

    @Autowired
    DirectoryImport directoryImport;

    @Autowired
    DgftDirectory dgft;

    @Autowired
    GstnDirectory gstn;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        this.jdbc.update("DELETE FROM dgft_iec WHERE pan LIKE 'IMP%'");
        this.jdbc.update("DELETE FROM gstn_registration WHERE pan LIKE 'IMP%'");
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String gstin(String state, String pan) {
        String first14 = state + pan + "1Z";
        return first14 + Gstin.checkCharacter(first14);
    }

    @Test
    void importsIecRecordsWithTheirSignatoriesAndNormalisesTheFields() {
        var result = this.directoryImport.importIecRecords(
                csv(IEC_HEADER
                        + " imppk1001a ,IMPPK1001A,Kamath Cashew Works,Ravi.Kamath@Example.IN,+91 98450 11223,"
                        + "\"Plot 4, Baikampady, Mangaluru\",active,2026-01-31,Ravi Kamath;imppk1001a;Proprietor\n"
                        + "IMPCS1002B,IMPCS1002B,Shetty Spices Private Limited,spices@example.in,9845011224,Udupi,"
                        + "SUSPENDED,,Anil Shetty;AKSPS1111A;Director|Rekha Shetty;BRSPS2222B;Director\n"),
                ImportProgress.NONE);

        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.refused()).isEmpty();
        var record = this.dgft.findByIec(new Iec("IMPPK1001A")).orElseThrow();
        assertThat(record.email()).isEqualTo(new EmailAddress("ravi.kamath@example.in"));
        assertThat(record.mobile().value()).isEqualTo("9845011223");
        assertThat(record.address()).isEqualTo("Plot 4, Baikampady, Mangaluru");
        assertThat(record.signatories())
                .containsExactly(new Signatory("Ravi Kamath", new Pan("IMPPK1001A"), "Proprietor"));
        var company = this.dgft.findByIec(new Iec("IMPCS1002B")).orElseThrow();
        assertThat(company.status()).isEqualTo(IecStatus.SUSPENDED);
        assertThat(company.signatories()).extracting(Signatory::name).containsExactly("Anil Shetty", "Rekha Shetty");
    }

    @Test
    void aRowForAnExistingIecReplacesTheRecordAndItsSignatories() {
        this.directoryImport.importIecRecords(
                csv(IEC_HEADER + "IMPPK1003C,IMPPK1003C,Old Name,old@example.in,9845011225,Old Road,ACTIVE,,"
                        + "A Person;IMPPK1003C;Proprietor|B Person;ABCPB1234C;Authorised Signatory\n"),
                ImportProgress.NONE);

        var result = this.directoryImport.importIecRecords(
                csv(IEC_HEADER + "IMPPK1003C,IMPPK1003C,New Name,new@example.in,9845011226,New Road,CANCELLED,,"
                        + "A Person;IMPPK1003C;Proprietor\n"),
                ImportProgress.NONE);

        assertThat(result.accepted()).isEqualTo(1);
        var record = this.dgft.findByIec(new Iec("IMPPK1003C")).orElseThrow();
        assertThat(record.firmName()).isEqualTo("New Name");
        assertThat(record.status()).isEqualTo(IecStatus.CANCELLED);
        assertThat(record.signatories()).hasSize(1);
    }

    @Test
    void refusesEachWrongRowWithItsLineAndReasonAndKeepsTheOthers() {
        var result = this.directoryImport.importIecRecords(
                csv(
                        IEC_HEADER
                                + "IMPPK1004D,IMPPK1004D,Good One,good@example.in,9845011227,Road,ACTIVE,,G;IMPPK1004D;Proprietor\n"
                                + "IMPPK1005,IMPPK1005E,Short Iec,a@example.in,9845011228,Road,ACTIVE,,G;IMPPK1005E;Proprietor\n"
                                + "IMPPK1006F,IMPPK1006F,Bad Mobile,b@example.in,12345,Road,ACTIVE,,G;IMPPK1006F;Proprietor\n"
                                + "IMPPK1007G,IMPPK1099G,Not Pan,c@example.in,9845011229,Road,ACTIVE,,G;IMPPK1007G;Proprietor\n"
                                + "0100000011,IMPPK1008H,Permanent,d@example.in,9845011230,Road,ACTIVE,,G;IMPPK1008H;Proprietor\n"
                                + "IMPPK1009J,IMPPK1009J,Bad Status,e@example.in,9845011231,Road,DORMANT,,G;IMPPK1009J;Proprietor\n"
                                + "IMPPK1010K,IMPPK1010K,No Signatory,f@example.in,9845011232,Road,ACTIVE,,\n"
                                + "IMPPK1011L,IMPPK1011L,Too,Many,Values,g@example.in,9845011233,Road,ACTIVE,,x\n"
                                + "0999000012,IMPPK1004D,Same Pan,h@example.in,9845011234,Road,ACTIVE,,G;IMPPK1004D;Proprietor\n"
                                + "\n"
                                + "IMPPK1013N,IMPPK1013N,Good Two,i@example.in,9845011235,Road,ACTIVE,,G;IMPPK1013N;Proprietor\n"),
                ImportProgress.NONE);

        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.refusedCount()).isEqualTo(8);
        assertThat(result.refused()).extracting(RefusedRow::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(result.refused().get(0).reason()).startsWith("Column iec: ");
        assertThat(result.refused().get(1).reason()).startsWith("Column mobile: Mobile number must be");
        assertThat(result.refused().get(2).reason()).contains("must equal the PAN");
        assertThat(result.refused().get(3).reason()).contains("permanent IEC");
        assertThat(result.refused().get(4).reason()).contains("status").contains("ACTIVE");
        assertThat(result.refused().get(5).reason()).contains("signatories");
        assertThat(result.refused().get(6).reason()).contains("11 values but the header has 9");
        assertThat(result.refused().get(7).reason()).contains("PAN IMPPK1004D already belongs to another IEC");
        assertThat(this.dgft.findByIec(new Iec("IMPPK1013N"))).isPresent();
        assertThat(this.dgft.findByIec(new Iec("0999000012"))).isEmpty();
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAtItsHeader() {
        var result = this.directoryImport.importIecRecords(
                csv("iec,pan,name\nIMPPK1014P,IMPPK1014P,X\n"), ImportProgress.NONE);

        assertThat(result.accepted()).isZero();
        assertThat(result.refused())
                .singleElement()
                .satisfies((row) -> assertThat(row.line()).isEqualTo(1))
                .satisfies((row) -> assertThat(row.reason()).contains("firm_name", "signatories"));
    }

    @Test
    void importsGstRegistrationsDerivingPanAndStateFromTheGstin() {
        String gstin = gstin("29", "IMPPK1015Q");
        var result = this.directoryImport.importGstRegistrations(
                csv("gstin,legal_name,email,mobile,status\n"
                        + gstin + ",Kamath Cashew Works,gst@example.in,9845011236,ACTIVE\n"
                        + "29IMPPK1015Q1Z0,Wrong Check,gst@example.in,9845011236,ACTIVE\n"
                        + gstin("29", "IMPPK1016R") + ",Cancelled Firm,gst2@example.in,9845011237,cancelled\n"),
                ImportProgress.NONE);

        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.refused()).singleElement().satisfies((row) -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.reason()).startsWith("Column gstin: This GSTIN is not valid");
        });
        var registration = this.gstn.findByGstin(new Gstin(gstin)).orElseThrow();
        assertThat(registration.pan()).isEqualTo(new Pan("IMPPK1015Q"));
        assertThat(registration.state()).isEqualTo("Karnataka");
        assertThat(this.gstn.findByPan(new Pan("IMPPK1016R")))
                .singleElement()
                .extracting(GstRegistration::status)
                .isEqualTo(GstStatus.CANCELLED);
    }

    @Test
    void tellsTheListenerAfterEveryBatch() {
        var csv = new StringBuilder("gstin,legal_name,email,mobile,status\n");
        for (int i = 0; i < 1200; i++) {
            csv.append(gstin("27", "IMPPK%04dS".formatted(i)))
                    .append(",Firm ")
                    .append(i)
                    .append(",firm@example.in,9845011238,ACTIVE\n");
        }
        var reports = new ArrayList<List<Long>>();

        var result = this.directoryImport.importGstRegistrations(
                csv(csv.toString()), (lines, accepted, refused) -> reports.add(List.of(lines, accepted, refused)));

        assertThat(result.accepted()).isEqualTo(1200);
        assertThat(reports)
                .containsExactly(List.of(500L, 500L, 0L), List.of(1000L, 1000L, 0L), List.of(1200L, 1200L, 0L));
    }

    @Test
    void anUnclosedQuoteStopsTheImportAtItsLineAfterWritingTheRowsBefore() {
        var result = this.directoryImport.importGstRegistrations(
                csv("gstin,legal_name,email,mobile,status\n"
                        + gstin("27", "IMPPK2001T") + ",Fine,fine@example.in,9845011239,ACTIVE\n"
                        + gstin("27", "IMPPK2002U") + ",\"Never closed,x@example.in,9845011240,ACTIVE\n"),
                ImportProgress.NONE);

        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.refused())
                .singleElement()
                .extracting(RefusedRow::line)
                .isEqualTo(3L);
    }

    @Test
    void theSampleFilesOfTheDocumentationImportAsItSays() throws IOException {
        this.jdbc.update("DELETE FROM dgft_iec WHERE iec IN ('AAMCS5571K', 'KRTPA8830D')");
        this.jdbc.update("DELETE FROM gstn_registration WHERE pan IN ('AAMCS5571K', 'KRTPA8830D')");
        try (var iecs = Files.newInputStream(Path.of("docs/samples/dgft-iec-records.csv"));
                var gsts = Files.newInputStream(Path.of("docs/samples/gstn-registrations.csv"))) {
            var iecResult = this.directoryImport.importIecRecords(iecs, ImportProgress.NONE);
            var gstResult = this.directoryImport.importGstRegistrations(gsts, ImportProgress.NONE);

            assertThat(iecResult.accepted()).isEqualTo(2);
            assertThat(iecResult.refused()).extracting(RefusedRow::line).containsExactly(4L);
            assertThat(gstResult.accepted()).isEqualTo(2);
            assertThat(gstResult.refused()).extracting(RefusedRow::line).containsExactly(4L);
        }
        assertThat(this.dgft.findByIec(new Iec("AAMCS5571K")).orElseThrow().signatories())
                .hasSize(2);
        assertThat(this.gstn.findByPan(new Pan("KRTPA8830D"))).hasSize(1);
    }
}
