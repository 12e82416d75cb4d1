package io.github.icegateportal.directory.internal;

import io.github.icegateportal.directory.DirectoryCorrections;
import io.github.icegateportal.directory.DirectoryRecordCorrected;
import io.github.icegateportal.directory.GstCorrection;
import io.github.icegateportal.directory.GstRegistration;
import io.github.icegateportal.directory.GstRegistrationCorrected;
import io.github.icegateportal.directory.GstStatus;
import io.github.icegateportal.directory.IecCorrection;
import io.github.icegateportal.directory.IecRecord;
import io.github.icegateportal.directory.IecRecordCorrected;
import io.github.icegateportal.directory.IecStatus;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
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
        return correct(
                () -> this.tables.findIec(iec),
                (before) -> this.jdbc
                        .sql("""
                                UPDATE dgft_iec SET status = ?, email = ?, mobile = ?, address = ?, firm_name = ?,
                                    last_updated = ?
                                WHERE iec = ?""")
                        .params(
                                keep(correction.status(), before.status(), IecStatus::name),
                                keep(correction.email(), before.email(), EmailAddress::value),
                                keep(correction.mobile(), before.mobile(), MobileNumber::value),
                                text(correction.address(), before.address()),
                                text(correction.firmName(), before.firmName()),
                                LocalDate.now(this.clock),
                                iec.value())
                        .update(),
                (before, after) -> new IecRecordCorrected(before, after, actor, remoteAddress, this.clock.instant()));
    }

    @Override
    @Transactional
    public Optional<GstRegistration> correctGst(
            Gstin gstin, GstCorrection correction, String actor, String remoteAddress) {
        return correct(
                () -> this.tables.findGst(gstin),
                (before) -> this.jdbc
                        .sql("""
                                UPDATE gstn_registration SET status = ?, email = ?, mobile = ?, legal_name = ?,
                                    last_updated = ?
                                WHERE gstin = ?""")
                        .params(
                                keep(correction.status(), before.status(), GstStatus::name),
                                keep(correction.email(), before.email(), EmailAddress::value),
                                keep(correction.mobile(), before.mobile(), MobileNumber::value),
                                text(correction.legalName(), before.legalName()),
                                LocalDate.now(this.clock),
                                gstin.value())
                        .update(),
                (before, after) ->
                        new GstRegistrationCorrected(before, after, actor, remoteAddress, this.clock.instant()));
    }

    /**
     * Reads the record, updates its row, reads it again and publishes what changed; empty when there is no such
     * record.
     */
    private <R> Optional<R> correct(
            Supplier<Optional<R>> find, Consumer<R> update, BiFunction<R, R, DirectoryRecordCorrected<R>> corrected) {
        return find.get().map((before) -> {
            update.accept(before);
            var after = find.get().orElseThrow();
            this.events.publishEvent(corrected.apply(before, after));
            return after;
        });
    }

    /** A null correction leaves the value as it is; the column holds it as {@code column} writes it. */
    private static <T> String keep(T corrected, T current, Function<T, String> column) {
        return column.apply(Objects.requireNonNullElse(corrected, current));
    }

    /** A blank correction leaves the text as it is. */
    private static String text(String corrected, String current) {
        return (corrected == null || corrected.isBlank()) ? current : corrected.strip();
    }
}
