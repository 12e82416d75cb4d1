package io.github.icegateportal.directory;

import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Pan;
import java.util.List;
import java.util.Optional;

/** The GSTN directory of GST registrations. */
public interface GstnDirectory {

    /**
     * The registration of this GSTIN, whatever its status.
     *
     * @throws DirectoryUnavailableException when GSTN is failing or does not answer in time
     */
    Optional<GstRegistration> findByGstin(Gstin gstin);

    /**
     * Every registration of the holder of this PAN (one per state and entity number), ordered by GSTIN.
     *
     * @throws DirectoryUnavailableException when GSTN is failing or does not answer in time
     */
    List<GstRegistration> findByPan(Pan pan);
}
