package io.github.icegateportal.admin;

import io.github.icegateportal.directory.DirectoryImport;
import io.github.icegateportal.directory.ImportResult;
import io.github.icegateportal.directory.RefusedRow;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * CSV imports of DGFT and GSTN records started from the tools page. The upload is first copied to a temporary file
 * (so the request ends at once and nothing is held in memory), then imported in the background, one import at a time
 * per instance; the progress and the refused rows are kept in the database, where the page reads them.
 */
@Component
class DirectoryImports {

    enum Kind {
        IEC,
        GST
    }

    record ImportJob(
            UUID id,
            Kind kind,
            String fileName,
            String status,
            long linesRead,
            long accepted,
            long refused,
            String startedBy,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            String failure) {

        public boolean running() {
            return "RUNNING".equals(status);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DirectoryImports.class);

    private final DirectoryImport directoryImport;
    private final JdbcTemplate jdbc;
    private final AdminAudit audit;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "admin-import");
        thread.setDaemon(true);
        return thread;
    });

    DirectoryImports(DirectoryImport directoryImport, JdbcTemplate jdbc, AdminAudit audit, Clock clock) {
        this.directoryImport = directoryImport;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Copies the upload to a temporary file and queues its import; returns the import's id at once. */
    UUID start(Kind kind, String fileName, InputStream upload, String admin, String remoteAddress) throws IOException {
        Path file = Files.createTempFile("portal-import-", ".csv");
        try (upload) {
            Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        UUID id = UUID.randomUUID();
        String name = DocumentController.safeName(fileName);
        var now = now();
        jdbc.update(
                "INSERT INTO admin_import (id, kind, file_name, status, lines_read, accepted, refused, started_by,"
                        + " started_at, updated_at) VALUES (?, ?, ?, 'RUNNING', 0, 0, 0, ?, ?, ?)",
                id,
                kind.name(),
                name,
                admin,
                now,
                now);
        audit.record(
                admin,
                remoteAddress,
                "import " + id,
                "DIRECTORY_IMPORT_STARTED",
                kind + " records from " + name + " (" + Files.size(file) + " bytes)");
        Locale locale = LocaleContextHolder.getLocale();
        executor.execute(() -> run(id, kind, file, admin, locale));
        return id;
    }

    private void run(UUID id, Kind kind, Path file, String admin, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        try (InputStream in = Files.newInputStream(file)) {
            ImportResult result = kind == Kind.IEC
                    ? directoryImport.importIecRecords(
                            in, (lines, accepted, refused) -> progress(id, lines, accepted, refused))
                    : directoryImport.importGstRegistrations(
                            in, (lines, accepted, refused) -> progress(id, lines, accepted, refused));
            jdbc.batchUpdate(
                    "INSERT INTO admin_import_refused (import_id, line, reason) VALUES (?, ?, ?)",
                    result.refused(),
                    500,
                    (ps, row) -> {
                        ps.setObject(1, id);
                        ps.setLong(2, row.line());
                        ps.setString(3, clip(row.reason(), 1000));
                    });
            jdbc.update(
                    "UPDATE admin_import SET status = 'DONE', accepted = ?, refused = ?, updated_at = ?, finished_at = ?"
                            + " WHERE id = ?",
                    result.accepted(),
                    result.refusedCount(),
                    now(),
                    now(),
                    id);
            audit.record(
                    admin,
                    null,
                    "import " + id,
                    "DIRECTORY_IMPORT_FINISHED",
                    kind + " import: " + result.accepted() + " accepted, " + result.refusedCount() + " refused");
        } catch (RuntimeException | IOException failure) {
            log.warn("Import {} failed", id, failure);
            jdbc.update(
                    "UPDATE admin_import SET status = 'FAILED', failure = ?, updated_at = ?, finished_at = ? WHERE id = ?",
                    clip(String.valueOf(failure.getMessage()), 500),
                    now(),
                    now(),
                    id);
            audit.record(admin, null, "import " + id, "DIRECTORY_IMPORT_FAILED", kind + " import failed");
        } finally {
            LocaleContextHolder.resetLocaleContext();
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}", file, e);
            }
        }
    }

    private void progress(UUID id, long lines, long accepted, long refused) {
        jdbc.update(
                "UPDATE admin_import SET lines_read = ?, accepted = ?, refused = ?, updated_at = ? WHERE id = ?",
                lines,
                accepted,
                refused,
                now(),
                id);
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.query("SELECT * FROM admin_import WHERE id = ?", (rs, n) -> job(rs), id).stream()
                .findFirst();
    }

    List<ImportJob> latest(int limit) {
        return jdbc.query("SELECT * FROM admin_import ORDER BY started_at DESC LIMIT ?", (rs, n) -> job(rs), limit);
    }

    /** The refused rows in line order, for the report. */
    void forEachRefused(UUID id, Consumer<RefusedRow> consumer) {
        jdbc.query(
                "SELECT line, reason FROM admin_import_refused WHERE import_id = ? ORDER BY line",
                rs -> {
                    consumer.accept(new RefusedRow(rs.getLong(1), rs.getString(2)));
                },
                id);
    }

    /** An import that was running when its instance stopped will never finish: say so instead of showing it running. */
    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        jdbc.update(
                "UPDATE admin_import SET status = 'FAILED', failure = 'Interrupted: the portal stopped during the import',"
                        + " finished_at = ? WHERE status = 'RUNNING' AND updated_at < ?",
                now(),
                now().minusMinutes(10));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static ImportJob job(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ImportJob(
                rs.getObject("id", UUID.class),
                Kind.valueOf(rs.getString("kind")),
                rs.getString("file_name"),
                rs.getString("status"),
                rs.getLong("lines_read"),
                rs.getLong("accepted"),
                rs.getLong("refused"),
                rs.getString("started_by"),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class),
                rs.getString("failure"));
    }
}
