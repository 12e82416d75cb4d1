package io.github.icegateportal.directory.internal;

import io.github.icegateportal.directory.DirectorySource;
import java.util.function.Function;

/** A directory as a table: every look-up reads {@link DirectoryTables} through the {@link FaultGate} of one source. */
abstract class StubDirectory {

    private final DirectorySource source;

    private final DirectoryTables tables;

    private final FaultGate gate;

    StubDirectory(DirectorySource source, DirectoryTables tables, FaultGate gate) {
        this.source = source;
        this.tables = tables;
        this.gate = gate;
    }

    /** The query's answer, under the source's fault mode. */
    <T> T lookUp(Function<DirectoryTables, T> query) {
        return this.gate.call(this.source, () -> query.apply(this.tables));
    }
}
