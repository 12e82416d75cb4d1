-- account: the sweep (AccountFlowSweep) deletes expired flow rows and stale failed-login counters by these columns.
-- login_challenges and password_resets have their expiry index since V71.
CREATE INDEX contact_changes_by_expiry ON contact_changes (expires_at);
CREATE INDEX login_failures_by_update ON login_failures (updated_at);
