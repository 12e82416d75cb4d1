-- admin: the audit log is append-only in the database itself, not only by the portal's convention. Any UPDATE or
-- DELETE of a row of audit_entry is refused by a Java trigger; INSERT stays allowed. (H2 only; db/vendor/postgresql
-- holds the PostgreSQL equivalent under the same version. H2 fires no trigger on TRUNCATE TABLE.)
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    CALL 'io.github.icegateportal.admin.internal.AuditEntryAppendOnlyTrigger';
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    CALL 'io.github.icegateportal.admin.internal.AuditEntryAppendOnlyTrigger';
