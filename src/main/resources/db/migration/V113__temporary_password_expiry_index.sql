-- registration: the sweep (TemporaryPasswordSweep) deletes temporary passwords that expired longer ago than
-- portal.temporary-password.retention.
CREATE INDEX temporary_password_expires_idx ON temporary_password (expires_at);
