-- admin: the audit log is append-only in the database itself, not only by the portal's convention. Any UPDATE,
-- DELETE or TRUNCATE of audit_entry is refused, whether it would touch rows or not; INSERT stays allowed.
-- (PostgreSQL only; db/vendor/h2 holds the H2 equivalent under the same version.)
CREATE FUNCTION audit_entry_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
