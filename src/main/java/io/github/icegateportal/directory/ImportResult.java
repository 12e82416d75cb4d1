package io.github.icegateportal.directory;

import java.util.List;

/**
 * What an import did.
 *
 * @param accepted rows inserted or updated
 * @param refused the refused rows, the first {@link #MAX_LISTED} of them
 * @param refusedCount how many rows were refused in all
 */
public record ImportResult(int accepted, List<RefusedRow> refused, long refusedCount) {

    /** At most this many refused rows are listed, so a wrong file cannot fill the memory. */
    public static final int MAX_LISTED = 1000;

    public ImportResult {
        refused = List.copyOf(refused);
    }

    public ImportResult(int accepted, List<RefusedRow> refused) {
        this(accepted, refused, refused.size());
    }
}
