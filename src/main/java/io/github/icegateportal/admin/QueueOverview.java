package io.github.icegateportal.admin;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The overview's figures.
 *
 * @param median the median time from submission to decision over the last 30 days, or null without decisions
 */
record QueueOverview(long pending, long overdue, List<DecisionsOnDay> perDay, Duration median) {

    record DecisionsOnDay(LocalDate day, long approved, long rejected) {}

    /** For example {@code 26 h 5 min}, or a dash. */
    public String medianText() {
        return median == null ? "-" : Ages.text(median);
    }
}
