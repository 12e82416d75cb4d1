package io.github.icegateportal.directory.internal;

import io.github.icegateportal.directory.DirectoryImport;
import io.github.icegateportal.directory.GstStatus;
import io.github.icegateportal.directory.IecStatus;
import io.github.icegateportal.directory.ImportProgress;
import io.github.icegateportal.directory.ImportResult;
import io.github.icegateportal.directory.RefusedRow;
import io.github.icegateportal.directory.Signatory;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.InvalidFieldException;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams a CSV file row by row: every row is checked with the field rules, valid rows are written in JDBC batches
 * of {@code portal.directory.import-batch-size}, each batch in a transaction of its own. A row whose IEC or GSTIN
 * exists replaces the record (and an IEC's signatories). Memory stays flat whatever the file's size.
 */
@Component
class JdbcDirectoryImport implements DirectoryImport {

    private static final Logger LOGGER = LoggerFactory.getLogger(JdbcDirectoryImport.class);

    /** An import of at least this many rows refreshes the tables' planner statistics. */
    private static final int BULK = 10_000;

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transactions;

    private final MessageSource messages;

    private final DirectoryProperties properties;

    private final Clock clock;

    JdbcDirectoryImport(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            MessageSource messages,
            DirectoryProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public ImportResult importIecRecords(InputStream csv, ImportProgress listener) {
        var result = run(csv, listener, new IecRows());
        refreshStatistics(result, "dgft_iec", "dgft_signatory");
        return result;
    }

    @Override
    public ImportResult importGstRegistrations(InputStream csv, ImportProgress listener) {
        var result = run(csv, listener, new GstRows());
        refreshStatistics(result, "gstn_registration");
        return result;
    }

    /**
     * After a bulk import the planner's statistics are stale until autovacuum catches up, and PostgreSQL then
     * plans the keyset-paged holder list as a scan of the whole table (seconds instead of milliseconds).
     */
    private void refreshStatistics(ImportResult result, String... tables) {
        if (result.accepted() < BULK) {
            return;
        }
        String product = this.jdbc.execute((ConnectionCallback<String>)
                (connection) -> connection.getMetaData().getDatabaseProductName());
        for (String table : tables) {
            try {
                this.jdbc.execute(("PostgreSQL".equals(product) ? "ANALYZE " : "ANALYZE TABLE ") + table);
            } catch (DataAccessException ex) {
                // statistics are an optimisation: the import itself has succeeded
                LOGGER.warn("Could not refresh the statistics of {}: {}", table, ex.getMessage());
            }
        }
    }

    private <R extends Keyed> ImportResult run(InputStream csv, ImportProgress listener, Rows<R> rows) {
        var tally = new Tally(listener);
        var batch = new ArrayList<Pending<R>>();
        var keys = new HashSet<String>();
        var input = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), 1 << 16);
        try (input) {
            var reader = new CsvReader(input);
            var header = reader.next();
            var columns = header == null ? Map.<String, Integer>of() : columns(header);
            var missing = rows.required().stream()
                    .filter((column) -> !columns.containsKey(column))
                    .toList();
            if (!missing.isEmpty()) {
                tally.refuse(1, message("directory.import.missingColumns", String.join(", ", missing)));
                return tally.result();
            }
            for (var row = reader.next(); row != null; row = reader.next()) {
                if (row.isBlank()) {
                    continue;
                }
                tally.lines++;
                R parsed;
                try {
                    parsed = rows.parse(
                            new Fields(row.values(), columns, header.values().size()));
                } catch (Refusal refusal) {
                    tally.refuse(row.line(), refusal.getMessage());
                    continue;
                }
                if (!keys.add(parsed.key())) {
                    // the same record twice: the later row wins, so the earlier one must be written first
                    flush(rows, batch, keys, tally);
                    keys.add(parsed.key());
                }
                batch.add(new Pending<>(row.line(), parsed));
                if (batch.size() >= this.properties.importBatchSize()) {
                    flush(rows, batch, keys, tally);
                }
            }
            flush(rows, batch, keys, tally);
        } catch (CsvReader.UnterminatedQuoteException ex) {
            flush(rows, batch, keys, tally);
            tally.refuse(ex.line, message("directory.import.unterminatedQuote"));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return tally.result();
    }

    private static Map<String, Integer> columns(CsvReader.Row header) {
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < header.values().size(); i++) {
            columns.putIfAbsent(header.values().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    /** Writes the batch in one transaction; if the database refuses it, row by row to find the culprit. */
    private <R extends Keyed> void flush(Rows<R> rows, List<Pending<R>> batch, Set<String> keys, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            var refused = this.transactions.execute((status) -> rows.write(batch));
            tally.written(batch.size() - refused.size(), refused);
        } catch (DataIntegrityViolationException whole) {
            for (var pending : batch) {
                try {
                    var refused = this.transactions.execute((status) -> rows.write(List.of(pending)));
                    tally.written(1 - refused.size(), refused);
                } catch (DataIntegrityViolationException single) {
                    tally.refuse(pending.line(), message("directory.import.conflict"));
                }
            }
        }
        batch.clear();
        keys.clear();
        tally.report();
    }

    private String message(String key, Object... arguments) {
        return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    private String fieldMessage(String column, InvalidFieldException ex) {
        var resolvable =
                new DefaultMessageSourceResolvable(new String[] {ex.messageKey()}, ex.arguments(), ex.messageKey());
        return message(
                "directory.import.column",
                column,
                this.messages.getMessage(resolvable, LocaleContextHolder.getLocale()));
    }

    /** A record's key (IEC or GSTIN): a batch holds each key once. */
    interface Keyed {
        String key();
    }

    record Pending<R>(long line, R row) {}

    /** How one kind of record is read from a row and written to its tables. */
    interface Rows<R extends Keyed> {

        List<String> required();

        R parse(Fields fields);

        /** Writes the batch; the rows it could not write, with the reason. */
        List<RefusedRow> write(List<Pending<R>> batch);
    }

    /** A row is refused; the message says why, naming the column. */
    static final class Refusal extends RuntimeException {

        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The values of one row by column name. */
    final class Fields {

        private final List<String> values;

        private final Map<String, Integer> columns;

        Fields(List<String> values, Map<String, Integer> columns, int expected) {
            if (values.size() != expected) {
                throw new Refusal(message("directory.import.columnCount", values.size(), expected));
            }
            this.values = values;
            this.columns = columns;
        }

        /** The trimmed value; empty when the column is absent. */
        String raw(String column) {
            Integer index = this.columns.get(column);
            return index == null ? "" : this.values.get(index).strip();
        }

        String text(String column, int maxLength) {
            String value = raw(column);
            if (value.isEmpty()) {
                throw new Refusal(message("directory.import.required", column));
            }
            if (value.length() > maxLength) {
                throw new Refusal(message("directory.import.tooLong", column, maxLength));
            }
            return value;
        }

        <T> T field(String column, Function<String, T> rule) {
            try {
                return rule.apply(raw(column));
            } catch (InvalidFieldException ex) {
                throw new Refusal(fieldMessage(column, ex));
            }
        }

        <E extends Enum<E>> E status(Class<E> type) {
            String value = raw("status").toUpperCase(Locale.ROOT);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException ex) {
                throw new Refusal(message("directory.import.status", Arrays.toString(type.getEnumConstants())));
            }
        }

        LocalDate lastUpdated() {
            String value = raw("last_updated");
            if (value.isEmpty()) {
                return LocalDate.now(JdbcDirectoryImport.this.clock);
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException ex) {
                throw new Refusal(message("directory.import.date"));
            }
        }
    }

    record IecRow(
            Iec iec,
            Pan pan,
            String firmName,
            EmailAddress email,
            MobileNumber mobile,
            String address,
            IecStatus status,
            LocalDate lastUpdated,
            List<Signatory> signatories)
            implements Keyed {

        @Override
        public String key() {
            return this.iec.value();
        }
    }

    final class IecRows implements Rows<IecRow> {

        @Override
        public List<String> required() {
            return List.of("iec", "pan", "firm_name", "email", "mobile", "address", "status", "signatories");
        }

        @Override
        public IecRow parse(Fields fields) {
            var iec = fields.field("iec", Iec::of);
            if (iec.permanent().isPresent()) {
                throw new Refusal(message("directory.import.permanentIec", iec.value()));
            }
            var pan = fields.field("pan", Pan::of);
            if (!iec.value().chars().allMatch(Character::isDigit)
                    && !iec.value().equals(pan.value())) {
                throw new Refusal(message("directory.import.iecNotPan"));
            }
            return new IecRow(
                    iec,
                    pan,
                    fields.text("firm_name", 200),
                    fields.field("email", EmailAddress::of),
                    fields.field("mobile", MobileNumber::of),
                    fields.text("address", 500),
                    fields.status(IecStatus.class),
                    fields.lastUpdated(),
                    signatories(fields.raw("signatories")));
        }

        private List<Signatory> signatories(String value) {
            if (value.isEmpty()) {
                throw new Refusal(message("directory.import.noSignatory"));
            }
            var signatories = new ArrayList<Signatory>();
            for (String entry : value.split("\\|")) {
                String[] parts = entry.split(";", -1);
                if (parts.length != 3
                        || parts[0].isBlank()
                        || parts[2].isBlank()
                        || parts[0].strip().length() > 200
                        || parts[2].strip().length() > 60) {
                    throw new Refusal(message("directory.import.signatory", entry.strip()));
                }
                Pan pan;
                try {
                    pan = Pan.of(parts[1]);
                } catch (InvalidFieldException ex) {
                    throw new Refusal(fieldMessage("signatories", ex));
                }
                signatories.add(new Signatory(parts[0].strip(), pan, parts[2].strip()));
            }
            return signatories;
        }

        @Override
        public List<RefusedRow> write(List<Pending<IecRow>> batch) {
            var jdbc = JdbcDirectoryImport.this.jdbc;
            int[] inserted =
                    jdbc.batchUpdate("""
                    INSERT INTO dgft_iec (pan, firm_name, email, mobile, address, status, last_updated, iec)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", batch.stream().map(IecRows::values).toList());
            var existing = new ArrayList<Pending<IecRow>>();
            var written = new ArrayList<IecRow>();
            for (int i = 0; i < inserted.length; i++) {
                if (wrote(inserted[i])) {
                    written.add(batch.get(i).row());
                } else {
                    existing.add(batch.get(i));
                }
            }
            var refused = new ArrayList<RefusedRow>();
            if (!existing.isEmpty()) {
                int[] updated = jdbc.batchUpdate(
                        """
                        UPDATE dgft_iec SET pan = ?, firm_name = ?, email = ?, mobile = ?, address = ?, status = ?,
                            last_updated = ?
                        WHERE iec = ?""", existing.stream().map(IecRows::values).toList());
                var replaced = new ArrayList<Object[]>();
                for (int i = 0; i < updated.length; i++) {
                    var pending = existing.get(i);
                    if (wrote(updated[i])) {
                        written.add(pending.row());
                        replaced.add(new Object[] {pending.row().iec().value()});
                    } else {
                        // not inserted and not there to update: another IEC holds this PAN
                        refused.add(new RefusedRow(
                                pending.line(),
                                message(
                                        "directory.import.panTaken",
                                        pending.row().pan().value())));
                    }
                }
                jdbc.batchUpdate("DELETE FROM dgft_signatory WHERE iec = ?", replaced);
            }
            var signatories = new ArrayList<Object[]>();
            for (var row : written) {
                for (int position = 0; position < row.signatories().size(); position++) {
                    var signatory = row.signatories().get(position);
                    signatories.add(new Object[] {
                        row.iec().value(),
                        position + 1,
                        signatory.name(),
                        signatory.pan().value(),
                        signatory.role()
                    });
                }
            }
            jdbc.batchUpdate(
                    "INSERT INTO dgft_signatory (iec, position, name, pan, role) VALUES (?, ?, ?, ?, ?)", signatories);
            return refused;
        }

        private static Object[] values(Pending<IecRow> pending) {
            var row = pending.row();
            return new Object[] {
                row.pan().value(),
                row.firmName(),
                row.email().value(),
                row.mobile().value(),
                row.address(),
                row.status().name(),
                row.lastUpdated(),
                row.iec().value()
            };
        }
    }

    record GstRow(
            Gstin gstin,
            String legalName,
            EmailAddress email,
            MobileNumber mobile,
            GstStatus status,
            LocalDate lastUpdated)
            implements Keyed {

        @Override
        public String key() {
            return this.gstin.value();
        }
    }

    final class GstRows implements Rows<GstRow> {

        @Override
        public List<String> required() {
            return List.of("gstin", "legal_name", "email", "mobile", "status");
        }

        @Override
        public GstRow parse(Fields fields) {
            return new GstRow(
                    fields.field("gstin", Gstin::of),
                    fields.text("legal_name", 200),
                    fields.field("email", EmailAddress::of),
                    fields.field("mobile", MobileNumber::of),
                    fields.status(GstStatus.class),
                    fields.lastUpdated());
        }

        @Override
        public List<RefusedRow> write(List<Pending<GstRow>> batch) {
            var jdbc = JdbcDirectoryImport.this.jdbc;
            int[] inserted =
                    jdbc.batchUpdate("""
                    INSERT INTO gstn_registration (pan, legal_name, email, mobile, status, last_updated, gstin)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", batch.stream().map(GstRows::values).toList());
            var existing = new ArrayList<Object[]>();
            for (int i = 0; i < inserted.length; i++) {
                if (!wrote(inserted[i])) {
                    existing.add(values(batch.get(i)));
                }
            }
            jdbc.batchUpdate("""
                    UPDATE gstn_registration SET pan = ?, legal_name = ?, email = ?, mobile = ?, status = ?,
                        last_updated = ?
                    WHERE gstin = ?""", existing);
            return List.of();
        }

        private static Object[] values(Pending<GstRow> pending) {
            var row = pending.row();
            return new Object[] {
                row.gstin().pan().value(),
                row.legalName(),
                row.email().value(),
                row.mobile().value(),
                row.status().name(),
                row.lastUpdated(),
                row.gstin().value()
            };
        }
    }

    /** A batch count of 0 means nothing was written; drivers that cannot tell say SUCCESS_NO_INFO. */
    private static boolean wrote(int count) {
        return count > 0 || count == Statement.SUCCESS_NO_INFO;
    }

    /** Counts and the first refused rows, told to the listener after every batch. */
    private static final class Tally {

        private final ImportProgress listener;

        private final List<RefusedRow> refused = new ArrayList<>();

        long lines;

        private int accepted;

        private long refusedCount;

        Tally(ImportProgress listener) {
            this.listener = listener == null ? ImportProgress.NONE : listener;
        }

        void written(int count, List<RefusedRow> refusedRows) {
            this.accepted += count;
            refusedRows.forEach((row) -> refuse(row.line(), row.reason()));
        }

        void refuse(long line, String reason) {
            this.refusedCount++;
            if (this.refused.size() < ImportResult.MAX_LISTED) {
                this.refused.add(new RefusedRow(line, reason));
            }
        }

        void report() {
            this.listener.progressed(this.lines, this.accepted, this.refusedCount);
        }

        ImportResult result() {
            this.refused.sort(Comparator.comparingLong(RefusedRow::line));
            return new ImportResult(this.accepted, this.refused, this.refusedCount);
        }
    }
}
