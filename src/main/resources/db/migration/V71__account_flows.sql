-- State of the account flows that span several pages, kept in the database (never in an HTTP session) and keyed
-- by random ids in the URL: the OTP step of a login, forgotten passwords, changes of the registered email or mobile.

CREATE TABLE login_challenges (
    id             UUID        NOT NULL,
    account_id     BIGINT      NOT NULL,
    remote_address VARCHAR(64),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT login_challenges_pk PRIMARY KEY (id),
    CONSTRAINT login_challenges_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
CREATE INDEX login_challenges_by_expiry ON login_challenges (expires_at);

-- A request for a new password. account_id is null when the name typed belongs to no account: the pages that
-- follow behave the same, so they never tell whether an ID exists.
CREATE TABLE password_resets (
    id           UUID        NOT NULL,
    account_id   BIGINT,
    typed_name   VARCHAR(64) NOT NULL,
    wrong_tries  INT         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT password_resets_pk PRIMARY KEY (id),
    CONSTRAINT password_resets_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
CREATE INDEX password_resets_by_expiry ON password_resets (expires_at);

CREATE TABLE contact_changes (
    id           UUID        NOT NULL,
    account_id   BIGINT      NOT NULL,
    channel      VARCHAR(10) NOT NULL,
    new_value    VARCHAR(50) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT contact_changes_pk PRIMARY KEY (id),
    CONSTRAINT contact_changes_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
CREATE INDEX contact_changes_by_account ON contact_changes (account_id);
