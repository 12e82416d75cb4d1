package io.github.icegateportal.directory.internal;

import io.github.icegateportal.directory.DirectoryFaultChanged;
import io.github.icegateportal.directory.DirectoryFaults;
import io.github.icegateportal.directory.DirectorySource;
import io.github.icegateportal.directory.FaultMode;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Fault modes in the {@code directory_fault} table, so that a switch on one instance holds on all of them. */
@Component
class JdbcDirectoryFaults implements DirectoryFaults {

    private final JdbcClient jdbc;

    private final DirectoryProperties properties;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    JdbcDirectoryFaults(
            JdbcClient jdbc, DirectoryProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void set(DirectorySource source, FaultMode mode) {
        var now = Timestamp.from(this.clock.instant());
        int updated = this.jdbc
                .sql("UPDATE directory_fault SET mode = ?, changed_at = ? WHERE source = ?")
                .params(mode.name(), now, source.name())
                .update();
        if (updated == 0) {
            try {
                this.jdbc
                        .sql("INSERT INTO directory_fault (source, mode, changed_at) VALUES (?, ?, ?)")
                        .params(source.name(), mode.name(), now)
                        .update();
            } catch (DuplicateKeyException raced) {
                // another instance inserted it first: ours is the later switch
                set(source, mode);
            }
        }
    }

    @Override
    @Transactional
    public void set(DirectorySource source, FaultMode mode, String actor, String remoteAddress) {
        var before = mode(source);
        set(source, mode);
        this.events.publishEvent(
                new DirectoryFaultChanged(source, before, mode, actor, remoteAddress, this.clock.instant()));
    }

    @Override
    public FaultMode mode(DirectorySource source) {
        return this.jdbc
                .sql("SELECT mode FROM directory_fault WHERE source = ?")
                .param(source.name())
                .query(String.class)
                .optional()
                .map(FaultMode::valueOf)
                .orElseGet(() -> this.properties.initialMode(source));
    }

    @Override
    public void reset() {
        this.jdbc.sql("DELETE FROM directory_fault").update();
    }
}
