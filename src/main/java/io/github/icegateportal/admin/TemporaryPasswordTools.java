package io.github.icegateportal.admin;

import io.github.icegateportal.directory.DgftDirectory;
import io.github.icegateportal.directory.DirectoryQueries;
import io.github.icegateportal.directory.DirectoryUnavailableException;
import io.github.icegateportal.directory.GstRegistration;
import io.github.icegateportal.directory.GstnDirectory;
import io.github.icegateportal.directory.IecGstinPair;
import io.github.icegateportal.registration.TemporaryPasswords;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Temporary passwords for simplified registration, sent by the registration module through the notification outbox:
 * for one IEC, or for every IEC holder with an active GSTIN in one bulk run. The bulk run is a row in
 * {@code admin_bulk_job}; a ShedLock-guarded scheduled step works through the holders page by page in IEC order and
 * writes the last IEC handled after each page, so a run survives a restart and runs on one instance at a time.
 */
@Component
class TemporaryPasswordTools {

    enum Outcome {
        SENT,
        NOT_ELIGIBLE,
        NO_ACTIVE_GSTIN,
        UNAVAILABLE
    }

    record BulkJob(
            UUID id,
            String status,
            String lastIec,
            long processed,
            long sent,
            String startedBy,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt) {

        public boolean running() {
            return "RUNNING".equals(status);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(TemporaryPasswordTools.class);

    /** How long one scheduled step works before it lets go of the lock. */
    private static final Duration STEP_BUDGET = Duration.ofSeconds(20);

    private final TemporaryPasswords temporaryPasswords;
    private final DirectoryQueries directoryQueries;
    private final DgftDirectory dgft;
    private final GstnDirectory gstn;
    private final JdbcTemplate jdbc;
    private final AdminAudit audit;
    private final AdminProperties properties;
    private final Clock clock;

    TemporaryPasswordTools(
            TemporaryPasswords temporaryPasswords,
            DirectoryQueries directoryQueries,
            DgftDirectory dgft,
            GstnDirectory gstn,
            JdbcTemplate jdbc,
            AdminAudit audit,
            AdminProperties properties,
            Clock clock) {
        this.temporaryPasswords = temporaryPasswords;
        this.directoryQueries = directoryQueries;
        this.dgft = dgft;
        this.gstn = gstn;
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** One IEC: with the GSTIN given, or else the holder's first active GSTIN. */
    Outcome issueOne(Iec iec, Gstin gstinOrNull, String admin, String remoteAddress) {
        Outcome outcome;
        Gstin gstin = gstinOrNull;
        try {
            if (gstin == null) {
                gstin = dgft.findByIec(iec)
                        .flatMap(record -> gstn.findByPan(record.pan()).stream()
                                .filter(GstRegistration::isActive)
                                .map(GstRegistration::gstin)
                                .findFirst())
                        .orElse(null);
            }
            if (gstin == null) {
                outcome = Outcome.NO_ACTIVE_GSTIN;
            } else {
                outcome = temporaryPasswords.issueFor(iec, gstin) ? Outcome.SENT : Outcome.NOT_ELIGIBLE;
            }
        } catch (DirectoryUnavailableException unavailable) {
            outcome = Outcome.UNAVAILABLE;
        }
        audit.record(
                admin,
                remoteAddress,
                "IEC " + iec.value(),
                "TEMPORARY_PASSWORD_REQUESTED",
                (gstin == null ? "" : "GSTIN " + gstin.value() + ": ") + outcome);
        return outcome;
    }

    /** Starts a bulk run, or returns the one already running (one at a time). */
    BulkJob startBulk(String admin, String remoteAddress) {
        return startBulk(admin, remoteAddress, null);
    }

    /** As {@link #startBulk(String, String)}, beginning after {@code after} in IEC order (null: from the start). */
    synchronized BulkJob startBulk(String admin, String remoteAddress, Iec after) {
        var running = running();
        if (running.isPresent()) {
            return running.get();
        }
        UUID id = UUID.randomUUID();
        var now = now();
        jdbc.update(
                "INSERT INTO admin_bulk_job (id, status, last_iec, processed, sent, started_by, started_at, updated_at)"
                        + " VALUES (?, 'RUNNING', ?, 0, 0, ?, ?, ?)",
                id,
                after == null ? null : after.value(),
                admin,
                now,
                now);
        audit.record(
                admin,
                remoteAddress,
                "bulk job " + id,
                "BULK_TEMPORARY_PASSWORDS_STARTED",
                "Temporary passwords for every eligible IEC");
        return find(id).orElseThrow();
    }

    void stopBulk(UUID id, String admin, String remoteAddress) {
        int stopped = jdbc.update(
                "UPDATE admin_bulk_job SET status = 'STOPPED', updated_at = ?, finished_at = ? WHERE id = ? AND status = 'RUNNING'",
                now(),
                now(),
                id);
        if (stopped > 0) {
            audit.record(
                    admin, remoteAddress, "bulk job " + id, "BULK_TEMPORARY_PASSWORDS_STOPPED", "Stopped by " + admin);
        }
    }

    /** One step of the oldest running bulk job; on one instance at a time. */
    @Scheduled(
            fixedDelayString = "${portal.admin.bulk-interval:PT2S}",
            initialDelayString = "${portal.admin.bulk-interval:PT2S}")
    @SchedulerLock(name = "admin-bulk-temporary-passwords", lockAtMostFor = "PT2M", lockAtLeastFor = "PT1S")
    void step() {
        var job = running();
        if (job.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + STEP_BUDGET.toNanos();
        UUID id = job.get().id();
        Iec after = job.get().lastIec() == null ? null : new Iec(job.get().lastIec());
        while (System.nanoTime() < deadline) {
            if (!stillRunning(id)) {
                return;
            }
            List<IecGstinPair> page;
            try {
                page = directoryQueries.holdersWithActiveGstin(after, properties.bulkBatchSize());
            } catch (DirectoryUnavailableException unavailable) {
                return;
            }
            long sent = 0;
            for (var pair : page) {
                try {
                    if (temporaryPasswords.issueFor(pair.iec(), pair.gstin())) {
                        sent++;
                    }
                } catch (DirectoryUnavailableException unavailable) {
                    // try this pair again at the next step
                    saveProgress(id, after, page.indexOf(pair), sent);
                    return;
                } catch (RuntimeException failure) {
                    log.warn("Temporary password for {} failed", pair.iec(), failure);
                }
                after = pair.iec();
            }
            saveProgress(id, after, page.size(), sent);
            if (page.size() < properties.bulkBatchSize()) {
                finish(id);
                return;
            }
        }
    }

    private void saveProgress(UUID id, Iec last, long processed, long sent) {
        jdbc.update(
                "UPDATE admin_bulk_job SET last_iec = ?, processed = processed + ?, sent = sent + ?, updated_at = ?"
                        + " WHERE id = ?",
                last == null ? null : last.value(),
                processed,
                sent,
                now(),
                id);
    }

    private void finish(UUID id) {
        jdbc.update(
                "UPDATE admin_bulk_job SET status = 'DONE', updated_at = ?, finished_at = ? WHERE id = ? AND status = 'RUNNING'",
                now(),
                now(),
                id);
        var job = find(id).orElseThrow();
        audit.record(
                job.startedBy(),
                null,
                "bulk job " + id,
                "BULK_TEMPORARY_PASSWORDS_FINISHED",
                job.processed() + " IECs with an active GSTIN, " + job.sent() + " temporary passwords sent");
    }

    private boolean stillRunning(UUID id) {
        return find(id).map(BulkJob::running).orElse(false);
    }

    Optional<BulkJob> running() {
        return jdbc
                .query(
                        "SELECT * FROM admin_bulk_job WHERE status = 'RUNNING' ORDER BY started_at LIMIT 1",
                        (rs, n) -> job(rs))
                .stream()
                .findFirst();
    }

    Optional<BulkJob> find(UUID id) {
        return jdbc.query("SELECT * FROM admin_bulk_job WHERE id = ?", (rs, n) -> job(rs), id).stream()
                .findFirst();
    }

    List<BulkJob> latest(int limit) {
        return jdbc.query("SELECT * FROM admin_bulk_job ORDER BY started_at DESC LIMIT ?", (rs, n) -> job(rs), limit);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static BulkJob job(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new BulkJob(
                rs.getObject("id", UUID.class),
                rs.getString("status"),
                rs.getString("last_iec"),
                rs.getLong("processed"),
                rs.getLong("sent"),
                rs.getString("started_by"),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }
}
