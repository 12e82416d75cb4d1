package io.github.icegateportal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.support.PortalTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A million IEC records and a million GST registrations through the CSV import, then look-ups and the keyset-paged
 * holder list at that size. Run with {@code ./mvnw test -Pload -Dtest=DirectoryImportLoadTests}; it prints its
 * timings. The generated PANs start with LD, so they never meet the demo data.
 */
@PortalTest
@Tag("load")
class DirectoryImportLoadTests {

    static final int ROWS = 1_000_000;

    @Autowired
    DirectoryImport directoryImport;

    @Autowired
    DgftDirectory dgft;

    @Autowired
    GstnDirectory gstn;

    @Autowired
    DirectoryQueries queries;

    /** LD, a letter, P, a letter, 4 digits, A: unique for every i below 6,760,000. */
    static String pan(int i) {
        int rest = i / 10_000;
        return "LD" + (char) ('A' + rest / 26) + "P" + (char) ('A' + rest % 26) + "%04d".formatted(i % 10_000) + "A";
    }

    static String gstin(int i) {
        String first14 = "27" + pan(i) + "1Z";
        return first14 + Gstin.checkCharacter(first14);
    }

    @Test
    void importsAMillionRowsOfEachKindAndStaysFastAtThatSize() {
        long start = System.nanoTime();
        var iecs = this.directoryImport.importIecRecords(
                new GeneratedCsv(
                        "iec,pan,firm_name,email,mobile,address,status,last_updated,signatories",
                        ROWS,
                        (i) -> pan(i) + "," + pan(i) + ",Load Test Exports " + i + ",holder" + i + "@example.in,9"
                                + "%09d".formatted(i) + ",\"" + i + ", Industrial Estate, Pune, Maharashtra 411026\","
                                + "ACTIVE,2026-01-01,Holder Number " + i + ";" + pan(i) + ";Proprietor"),
                ImportProgress.NONE);
        Duration iecTime = Duration.ofNanos(System.nanoTime() - start);

        start = System.nanoTime();
        var gsts = this.directoryImport.importGstRegistrations(
                new GeneratedCsv(
                        "gstin,legal_name,email,mobile,status",
                        ROWS,
                        (i) -> gstin(i) + ",Load Test Exports " + i + ",gst" + i + "@example.in,8" + "%09d".formatted(i)
                                + "," + (i % 10 == 0 ? "CANCELLED" : "ACTIVE")),
                ImportProgress.NONE);
        Duration gstTime = Duration.ofNanos(System.nanoTime() - start);

        assertThat(iecs.accepted()).isEqualTo(ROWS);
        assertThat(gsts.accepted()).isEqualTo(ROWS);

        int lookUps = 10_000;
        start = System.nanoTime();
        for (int n = 0; n < lookUps; n++) {
            int i = ThreadLocalRandom.current().nextInt(ROWS);
            assertThat(this.dgft.findByIec(new Iec(pan(i)))).isPresent();
            assertThat(this.gstn.findByGstin(new Gstin(gstin(i)))).isPresent();
        }
        Duration lookUpTime = Duration.ofNanos(System.nanoTime() - start);

        start = System.nanoTime();
        Iec after = new Iec(pan(ROWS / 2));
        int pages = 100;
        for (int page = 0; page < pages; page++) {
            var pairs = this.queries.holdersWithActiveGstin(after, 500);
            assertThat(pairs).hasSize(500);
            after = pairs.get(pairs.size() - 1).iec();
        }
        Duration pageTime = Duration.ofNanos(System.nanoTime() - start);

        System.out.printf(
                "%nDirectory load test (%,d rows each):%n  IEC import: %s (%,.0f rows/s)%n  GST import: %s (%,.0f rows/s)%n"
                        + "  look-ups: %,d IEC + %,d GSTIN in %s (%.3f ms per pair)%n"
                        + "  holdersWithActiveGstin: %d pages of 500 in %s (%.1f ms per page)%n"
                        + "  heap used: %,d MB%n%n",
                ROWS,
                iecTime,
                ROWS / (iecTime.toMillis() / 1000.0),
                gstTime,
                ROWS / (gstTime.toMillis() / 1000.0),
                lookUps,
                lookUps,
                lookUpTime,
                lookUpTime.toNanos() / 1e6 / lookUps,
                pages,
                pageTime,
                pageTime.toNanos() / 1e6 / pages,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
    }

    /** A CSV file of {@code rows} generated lines, produced as it is read (never held in memory). */
    static final class GeneratedCsv extends InputStream {

        private final IntFunction<String> line;

        private final int rows;

        private int next = -1;

        private byte[] buffer;

        private int position;

        GeneratedCsv(String header, int rows, IntFunction<String> line) {
            this.line = line;
            this.rows = rows;
            this.buffer = (header + "\n").getBytes(StandardCharsets.UTF_8);
        }

        private boolean fill() {
            while (this.position >= this.buffer.length) {
                this.next++;
                if (this.next >= this.rows) {
                    return false;
                }
                this.buffer = (this.line.apply(this.next) + "\n").getBytes(StandardCharsets.UTF_8);
                this.position = 0;
            }
            return true;
        }

        @Override
        public int read() {
            return fill() ? this.buffer[this.position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int copied = 0;
            while (copied < length && fill()) {
                int count = Math.min(length - copied, this.buffer.length - this.position);
                System.arraycopy(this.buffer, this.position, target, offset + copied, count);
                this.position += count;
                copied += count;
            }
            return copied == 0 ? -1 : copied;
        }
    }
}
