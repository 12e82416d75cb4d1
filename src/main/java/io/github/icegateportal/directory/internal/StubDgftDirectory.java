package io.github.icegateportal.directory.internal;

import io.github.icegateportal.directory.DgftDirectory;
import io.github.icegateportal.directory.DirectorySource;
import io.github.icegateportal.directory.IecRecord;
import io.github.icegateportal.shared.field.Iec;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** DGFT as a table: the demo data, imported CSV files and corrections. */
@Component
class StubDgftDirectory implements DgftDirectory {

    private final DirectoryTables tables;

    private final FaultGate gate;

    StubDgftDirectory(DirectoryTables tables, FaultGate gate) {
        this.tables = tables;
        this.gate = gate;
    }

    @Override
    public Optional<IecRecord> findByIec(Iec iec) {
        return this.gate.call(DirectorySource.DGFT, () -> this.tables.findIec(iec));
    }
}
