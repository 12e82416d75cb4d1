package io.github.icegateportal.directory.internal;

import io.github.icegateportal.directory.DirectoryCorrections;
import io.github.icegateportal.directory.GstCorrection;
import io.github.icegateportal.directory.GstRegistration;
import io.github.icegateportal.directory.GstRegistrationCorrected;
import io.github.icegateportal.directory.IecCorrection;
import io.github.icegateportal.directory.IecRecord;
import io.github.icegateportal.directory.IecRecordCorrected;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Corrections go straight to the tables, whatever the fault mode: they are the directory's own edits. */
@Component
class JdbcDirectoryCorrections implements DirectoryCorrections {

    private final DirectoryTables tables;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    JdbcDirectoryCorrections(DirectoryTables tables, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.tables = tables;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<IecRecord> correctIec(Iec iec, IecCorrection correction, String actor, String remoteAddress) {
        return this.tables.findIec(iec).map((before) -> {
            this.jdbc
                    .sql("""
                            UPDATE dgft_iec SET status = ?, email = ?, mobile = ?, address = ?, firm_name = ?,
                                last_updated = ?
                            WHERE iec = ?""")
                    .params(
                            Objects.requireNonNullElse(correction.status(), before.status())
                                    .name(),
                            Objects.requireNonNullElse(correction.email(), before.email())
                                    .value(),
                            Objects.requireNonNullElse(correction.mobile(), before.mobile())
                                    .value(),
                            text(correction.address(), before.address()),
                            text(correction.firmName(), before.firmName()),
                            LocalDate.now(this.clock),
                            iec.value())
                    .update();
            var after = this.tables.findIec(iec).orElseThrow();
            this.events.publishEvent(new IecRecordCorrected(before, after, actor, remoteAddress, this.clock.instant()));
            return after;
        });
    }

    @Override
    @Transactional
    public Optional<GstRegistration> correctGst(
            Gstin gstin, GstCorrection correction, String actor, String remoteAddress) {
        return this.tables.findGst(gstin).map((before) -> {
            this.jdbc
                    .sql("""
                            UPDATE gstn_registration SET status = ?, email = ?, mobile = ?, legal_name = ?,
                                last_updated = ?
                            WHERE gstin = ?""")
                    .params(
                            Objects.requireNonNullElse(correction.status(), before.status())
                                    .name(),
                            Objects.requireNonNullElse(correction.email(), before.email())
                                    .value(),
                            Objects.requireNonNullElse(correction.mobile(), before.mobile())
                                    .value(),
                            text(correction.legalName(), before.legalName()),
                            LocalDate.now(this.clock),
                            gstin.value())
                    .update();
            var after = this.tables.findGst(gstin).orElseThrow();
            this.events.publishEvent(
                    new GstRegistrationCorrected(before, after, actor, remoteAddress, this.clock.instant()));
            return after;
        });
    }

    /** A blank correction leaves the text as it is. */
    private static String text(String corrected, String current) {
        return (corrected == null || corrected.isBlank()) ? current : corrected.strip();
    }
}
