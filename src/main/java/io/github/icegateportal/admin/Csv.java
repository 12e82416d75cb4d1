package io.github.icegateportal.admin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Writes CSV rows (RFC 4180 quoting) that a spreadsheet opens safely: a cell that starts like a formula is
 * prefixed with an apostrophe, so text from a registration can never run as a formula. "Starts like a formula" is
 * the list of OWASP ASVS 1.2.10: {@code = + - @}, tab, carriage return and the null character.
 */
final class Csv {

    /** Takes one row's cells. */
    @FunctionalInterface
    interface RowWriter {
        void write(String... cells);
    }

    /** Writes a file's rows, the header first. */
    @FunctionalInterface
    interface Rows {
        void writeTo(RowWriter writer);
    }

    private Csv() {}

    /** A CSV file sent as an attachment while its rows are written, so a long file is never held in memory. */
    static ResponseEntity<StreamingResponseBody> attachment(String fileName, Rows rows) {
        StreamingResponseBody body = out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            rows.writeTo(cells -> {
                try {
                    writer.write(row(cells));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(body);
    }

    static String row(String... cells) {
        var line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells[i]));
        }
        return line.append("\r\n").toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r\0".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || text.startsWith("'")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
