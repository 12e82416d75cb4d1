package io.github.icegateportal.admin.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * On H2, refuses every UPDATE and DELETE of an {@code audit_entry} row (created by {@code db/vendor/h2/V112}); the
 * PostgreSQL equivalent is a PL/pgSQL trigger. H2 instantiates it by name, so it must stay public with a public
 * no-argument constructor.
 */
public class AuditEntryAppendOnlyTrigger implements Trigger {

    /** SQLSTATE restrict_violation, the one PostgreSQL's trigger raises (Spring: DataIntegrityViolationException). */
    static final String RESTRICT_VIOLATION = "23001";

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException("audit_entry is append-only: " + operation + " refused", RESTRICT_VIOLATION);
    }
}
