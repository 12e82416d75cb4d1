package io.github.icegateportal.directory;

import io.github.icegateportal.shared.field.Iec;
import java.util.Optional;

/** The DGFT IEC directory. */
public interface DgftDirectory {

    /**
     * The IEC's record with its signatories, whatever its status.
     *
     * @throws DirectoryUnavailableException when DGFT is failing or does not answer in time
     */
    Optional<IecRecord> findByIec(Iec iec);
}
