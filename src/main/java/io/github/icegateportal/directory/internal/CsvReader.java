package io.github.icegateportal.directory.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: comma separated, fields in double quotes may hold commas, line breaks and doubled quotes)
 * one record at a time, so that a file of any size passes through a small buffer.
 */
final class CsvReader {

    /** One record and the line it starts on (the first line is 1). */
    record Row(long line, List<String> values) {

        boolean isBlank() {
            return this.values.size() == 1 && this.values.get(0).isBlank();
        }
    }

    /** The file ended inside a quoted field. */
    static final class UnterminatedQuoteException extends IOException {

        final long line;

        UnterminatedQuoteException(long line) {
            super("quoted field opened on line " + line + " is not closed");
            this.line = line;
        }
    }

    private final Reader reader;

    private long line = 1;

    private int pushedBack = -2;

    private boolean first = true;

    CsvReader(Reader reader) {
        this.reader = reader;
    }

    /** The next record, or null at the end of the input. */
    Row next() throws IOException {
        int c = read();
        if (this.first) {
            this.first = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        long start = this.line;
        var values = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new UnterminatedQuoteException(start);
                }
                if (c == '"') {
                    int following = read();
                    if (following == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = following;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        this.line++;
                    }
                    field.append((char) c);
                }
            } else if (c == ',') {
                values.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int following = read();
                    if (following != '\n') {
                        unread(following);
                    }
                }
                if (c != -1) {
                    this.line++;
                }
                values.add(field.toString());
                return new Row(start, values);
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (this.pushedBack != -2) {
            int c = this.pushedBack;
            this.pushedBack = -2;
            return c;
        }
        return this.reader.read();
    }

    private void unread(int c) {
        this.pushedBack = c;
    }
}
