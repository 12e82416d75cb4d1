package io.github.icegateportal.directory.internal;

import io.github.icegateportal.directory.DgftDirectory;
import io.github.icegateportal.directory.DirectorySource;
import io.github.icegateportal.directory.IecRecord;
import io.github.icegateportal.shared.field.Iec;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** DGFT as a table: the demo data, imported CSV files and corrections. */
@Component
class StubDgftDirectory extends StubDirectory implements DgftDirectory {

    StubDgftDirectory(DirectoryTables tables, FaultGate gate) {
        super(DirectorySource.DGFT, tables, gate);
    }

    @Override
    public Optional<IecRecord> findByIec(Iec iec) {
        return lookUp((tables) -> tables.findIec(iec));
    }
}
