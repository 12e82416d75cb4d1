package io.github.icegateportal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import io.github.icegateportal.shared.field.PanHolderType;
import io.github.icegateportal.support.PortalTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo data is what docs/demo-data.md says it is: every record of its tables, field by field. */
@PortalTest
class DemoDirectoryTests {

    private static final Pattern GSTIN_CELL = Pattern.compile("`([0-9A-Z]{15})`(?: \\((\\w+)\\))?");

    private static final Pattern SIGNATORY_CELL = Pattern.compile("([^(]+) \\((.+)\\), `([A-Z0-9]{10})`");

    private static final Map<String, PanHolderType> ENTITY_TYPES = Map.ofEntries(
            Map.entry("proprietor", PanHolderType.P),
            Map.entry("company", PanHolderType.C),
            Map.entry("partnership firm", PanHolderType.F),
            Map.entry("LLP", PanHolderType.F),
            Map.entry("HUF", PanHolderType.H),
            Map.entry("association of persons", PanHolderType.A),
            Map.entry("trust", PanHolderType.T),
            Map.entry("body of individuals", PanHolderType.B),
            Map.entry("local authority", PanHolderType.L),
            Map.entry("artificial juridical person", PanHolderType.J),
            Map.entry("government", PanHolderType.G));

    @Autowired
    DgftDirectory dgft;

    @Autowired
    GstnDirectory gstn;

    @Test
    void everyRecordOfTheDemoDataTableIsInTheDirectoriesAsDescribed() throws IOException {
        var records = documentedRecords();
        assertThat(records).hasSizeGreaterThanOrEqualTo(30);
        for (var row : records) {
            var record = this.dgft.findByIec(new Iec(row.iec())).orElseThrow(() -> new AssertionError(row.iec()));
            assertThat(record.entityType()).as(row.iec()).isEqualTo(entityType(row.entityType()));
            if (!row.section().startsWith("Spare records for tests")) {
                // tests may change their spares; the others keep what the page says
                assertThat(record.status().name().toLowerCase(Locale.ROOT))
                        .as(row.iec())
                        .isEqualTo(row.status());
            }
            assertThat(record.signatories()).as(row.iec()).containsExactlyElementsOf(row.signatories());
            for (var gst : row.gstins().entrySet()) {
                var registration =
                        this.gstn.findByGstin(new Gstin(gst.getKey())).orElseThrow();
                assertThat(registration.pan()).as(gst.getKey()).isEqualTo(record.pan());
                assertThat(registration.status()).as(gst.getKey()).isEqualTo(gst.getValue());
                assertThat(registration.state()).isEqualTo(registration.gstin().stateName());
            }
        }
    }

    @Test
    void contactsAtDgftAndGstnAreTheOnesTheDemoDataTableGives() throws IOException {
        var firstGstin = new LinkedHashMap<String, String>();
        documentedRecords()
                .forEach((row) -> firstGstin.put(
                        row.iec(), row.gstins().keySet().iterator().next()));
        var rows = tableRows().stream()
                .filter((cells) -> !cells.get(1).startsWith("`"))
                .toList();
        assertThat(rows).hasSize(firstGstin.size());
        for (var cells : rows) {
            String iec = unquote(cells.get(0));
            var record = this.dgft.findByIec(new Iec(iec)).orElseThrow();
            var registration =
                    this.gstn.findByGstin(new Gstin(firstGstin.get(iec))).orElseThrow();
            assertThat(record.firmName()).isEqualTo(cells.get(1));
            assertThat(record.email()).as(iec).isEqualTo(new EmailAddress(cells.get(2)));
            assertThat(record.mobile()).as(iec).isEqualTo(new MobileNumber(cells.get(3)));
            assertThat(registration.email()).as(iec).isEqualTo(new EmailAddress(cells.get(4)));
            assertThat(registration.mobile()).as(iec).isEqualTo(new MobileNumber(cells.get(5)));
        }
    }

    @Test
    void outdatedContactsAtDgftDifferFromTheHoldersCurrentOnesAtGstn() {
        var record = this.dgft.findByIec(new Iec("DFQPQ5120J")).orElseThrow();
        var registration = this.gstn.findByPan(new Pan("DFQPQ5120J")).get(0);
        assertThat(record.email()).isNotEqualTo(registration.email());
        assertThat(record.mobile()).isNotEqualTo(registration.mobile());
        assertThat(registration.email()).isEqualTo(new EmailAddress("imran.qureshi@example.in"));
    }

    @Test
    void legacyIecDiffersFromItsHoldersPanAndItsGstinCarriesThePan() {
        var record = this.dgft.findByIec(new Iec("0388045612")).orElseThrow();
        assertThat(record.isLegacy()).isTrue();
        assertThat(record.pan()).isEqualTo(new Pan("AAACB1845M"));
        assertThat(this.gstn.findByPan(record.pan()))
                .extracting(GstRegistration::gstin)
                .containsExactly(new Gstin("27AAACB1845M1ZL"));
    }

    @Test
    void panMismatchPairUsesAGstinOfAnotherHolder() {
        var gstin = new Gstin("32AAQFC6603N2Z6");
        assertThat(this.gstn.findByGstin(gstin))
                .get()
                .extracting(GstRegistration::isActive)
                .isEqualTo(true);
        assertThat(gstin.pan()).isNotEqualTo(new Pan("CWHPM6178S"));
        assertThat(this.gstn.findByPan(new Pan("AAQFC6603N"))).hasSize(2);
    }

    @Test
    void unknownIecAndGstinAreNotFound() {
        assertThat(this.dgft.findByIec(new Iec("ZZZPZ9999Z"))).isEmpty();
        assertThat(this.gstn.findByGstin(new Gstin("27ZZZPZ9999Z1Z" + Gstin.checkCharacter("27ZZZPZ9999Z1Z"))))
                .isEmpty();
        assertThat(this.gstn.findByPan(new Pan("ZZZPZ9999Z"))).isEmpty();
    }

    private static PanHolderType entityType(String cell) {
        assertThat(ENTITY_TYPES).as("entity type").containsKey(cell);
        return ENTITY_TYPES.get(cell);
    }

    record DocumentedRecord(
            String section,
            String iec,
            Map<String, GstStatus> gstins,
            String entityType,
            String status,
            List<Signatory> signatories) {}

    static List<DocumentedRecord> documentedRecords() throws IOException {
        var records = new ArrayList<DocumentedRecord>();
        String section = "";
        for (String line : Files.readAllLines(Path.of("docs/demo-data.md"))) {
            if (line.startsWith("## ")) {
                section = line.substring(3);
            }
            var cells = cells(line);
            if (cells.size() == 6
                    && cells.get(0).startsWith("`")
                    && cells.get(1).startsWith("`")) {
                var gstins = new LinkedHashMap<String, GstStatus>();
                var matcher = GSTIN_CELL.matcher(cells.get(1));
                while (matcher.find()) {
                    gstins.put(
                            matcher.group(1),
                            matcher.group(2) == null
                                    ? GstStatus.ACTIVE
                                    : GstStatus.valueOf(matcher.group(2).toUpperCase(Locale.ROOT)));
                }
                var signatories = new ArrayList<Signatory>();
                for (String signatory : cells.get(4).split("<br>")) {
                    var m = SIGNATORY_CELL.matcher(signatory);
                    assertThat(m.matches()).as(signatory).isTrue();
                    signatories.add(new Signatory(m.group(1), new Pan(m.group(3)), m.group(2)));
                }
                records.add(new DocumentedRecord(
                        section, unquote(cells.get(0)), gstins, cells.get(2), cells.get(3), signatories));
            }
        }
        return records;
    }

    private static List<List<String>> tableRows() throws IOException {
        return Files.readAllLines(Path.of("docs/demo-data.md")).stream()
                .map(DemoDirectoryTests::cells)
                .filter((cells) -> cells.size() == 6 && cells.get(0).startsWith("`"))
                .toList();
    }

    private static List<String> cells(String line) {
        if (!line.startsWith("| ")) {
            return List.of();
        }
        var cells = new ArrayList<String>();
        for (String cell : line.substring(2, line.length() - 2).split(" \\| ")) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static String unquote(String cell) {
        return cell.replace("`", "");
    }
}
