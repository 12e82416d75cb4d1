package io.github.icegateportal.directory;

import io.github.icegateportal.shared.field.Iec;
import java.util.List;

/** Lists over the whole directory, paged by key so they stay fast at a million records. */
public interface DirectoryQueries {

    /**
     * IEC holders (whatever the IEC's status) that have an active GSTIN, in IEC order, after {@code after}
     * (null: from the start), at most {@code limit}; one pair per IEC with its first active GSTIN. Pass the last
     * IEC of a page to get the next.
     */
    List<IecGstinPair> holdersWithActiveGstin(Iec after, int limit);
}
