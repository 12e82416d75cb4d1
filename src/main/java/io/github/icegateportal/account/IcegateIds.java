package io.github.icegateportal.account;

import io.github.icegateportal.shared.field.IcegateId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one table of ICEGATE IDs in use or held, keyed by the upper-cased ID: accounts' IDs, the issuing offices' IDs
 * and IDs reserved by registrations still pending.
 *
 * <p>A reservation is a single {@code INSERT ... ON CONFLICT DO NOTHING}: the primary key decides who gets an ID,
 * never a look-up before the insert, so two people choosing the same ID at the same moment cannot both get it.
 * Unlike catching a duplicate-key error, it leaves the caller's transaction usable on PostgreSQL, and it joins that
 * transaction, so a registration step that fails after reserving does not keep the ID.
 */
@Service
public class IcegateIds {

    static final String ACCOUNT_HOLDER = "account";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IcegateIds(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Reserves {@code id} for {@code holder} (for example {@code "registration:" + registrationId}).
     *
     * @return true when {@code holder} holds the ID now (also when it held it already); false when someone else does
     */
    @Transactional
    public boolean reserve(IcegateId id, String holder) {
        Objects.requireNonNull(holder, "holder");
        return insert(id, holder) || holder.equals(holderOf(id));
    }

    /** Gives up {@code holder}'s reservation of {@code id}; does nothing when someone else holds it. */
    @Transactional
    public void release(IcegateId id, String holder) {
        jdbc.update("DELETE FROM icegate_ids WHERE id_key = ? AND holder = ?", id.key(), holder);
    }

    /** Whether anyone (an account, an issuing office or a pending registration) holds {@code id}, in any case. */
    @Transactional(readOnly = true)
    public boolean isTaken(IcegateId id) {
        return holderOf(id) != null;
    }

    /**
     * Makes {@code id} an account's: takes it over from the pending registration that reserved it (any holder that
     * is neither an account nor an issuing office, {@code "office:..."}), or inserts it.
     *
     * @throws IcegateIdTakenException when another account or an issuing office holds it
     */
    void claimForAccount(IcegateId id) {
        if (insert(id, ACCOUNT_HOLDER)) {
            return;
        }
        int taken = jdbc.update(
                "UPDATE icegate_ids SET holder = ?, id_value = ? WHERE id_key = ? AND holder <> ? AND holder NOT LIKE 'office:%'",
                ACCOUNT_HOLDER, id.value(), id.key(), ACCOUNT_HOLDER);
        if (taken != 1) {
            throw new IcegateIdTakenException(id);
        }
    }

    private boolean insert(IcegateId id, String holder) {
        return jdbc.update(
                        "INSERT INTO icegate_ids (id_key, id_value, holder, reserved_at) VALUES (?, ?, ?, ?) "
                                + "ON CONFLICT DO NOTHING",
                        id.key(),
                        id.value(),
                        holder,
                        Timestamp.from(clock.instant()))
                == 1;
    }

    private String holderOf(IcegateId id) {
        List<String> holders =
                jdbc.queryForList("SELECT holder FROM icegate_ids WHERE id_key = ?", String.class, id.key());
        return holders.isEmpty() ? null : holders.get(0);
    }
}
