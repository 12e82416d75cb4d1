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
class StubGstnDirectory extends StubDirectory implements GstnDirectory {

    StubGstnDirectory(DirectoryTables tables, FaultGate gate) {
        super(DirectorySource.GSTN, tables, gate);
    }

    @Override
    public Optional<GstRegistration> findByGstin(Gstin gstin) {
        return lookUp((tables) -> tables.findGst(gstin));
    }

    @Override
    public List<GstRegistration> findByPan(Pan pan) {
        return lookUp((tables) -> tables.findGstByPan(pan));
    }
}
