-- otp: the installation's HMAC key for code hashes (one row, made at first use; never in the repository).
CREATE TABLE otp_secret (
    id         integer                  NOT NULL,
    secret     bytea                    NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT otp_secret_pk PRIMARY KEY (id)
);

-- otp: the current pair of codes of each owner (e.g. 'registration:<uuid>'), stored only as keyed hashes.
CREATE TABLE otp_codes (
    owner           varchar(200)             NOT NULL,
    mobile_hash     varchar(64)              NOT NULL,
    email_hash      varchar(64)              NOT NULL,
    mobile_failures integer                  NOT NULL,
    email_failures  integer                  NOT NULL,
    resends         integer                  NOT NULL,
    issued_at       timestamp with time zone NOT NULL,
    expires_at      timestamp with time zone NOT NULL,
    spent_at        timestamp with time zone,
    version         bigint                   NOT NULL,
    CONSTRAINT otp_codes_pk PRIMARY KEY (owner)
);
-- The sweep deletes long-expired rows.
CREATE INDEX otp_codes_expires_at_idx ON otp_codes (expires_at);
