package io.github.icegateportal.directory.internal;

import io.github.icegateportal.directory.DirectorySource;
import io.github.icegateportal.directory.GstRegistration;
import io.github.icegateportal.directory.GstnDirectory;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Pan;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** GSTN as a table: the demo data, imported CSV files and corrections. */
@Component
class StubGstnDirectory implements GstnDirectory {

    private final DirectoryTables tables;

    private final FaultGate gate;

    StubGstnDirectory(DirectoryTables tables, FaultGate gate) {
        this.tables = tables;
        this.gate = gate;
    }

    @Override
    public Optional<GstRegistration> findByGstin(Gstin gstin) {
        return this.gate.call(DirectorySource.GSTN, () -> this.tables.findGst(gstin));
    }

    @Override
    public List<GstRegistration> findByPan(Pan pan) {
        return this.gate.call(DirectorySource.GSTN, () -> this.tables.findGstByPan(pan));
    }
}
