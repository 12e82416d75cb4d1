-- Temporary passwords for simplified registration, one per IEC and GSTIN: a new one replaces the old. Only a salted
-- SHA-256 digest is kept (the password is 12 random characters, so a slow hash adds nothing but cost to bulk issue).
CREATE TABLE temporary_password (
    iec           VARCHAR(10)  NOT NULL,
    gstin         VARCHAR(15)  NOT NULL,
    salt          VARCHAR(32)  NOT NULL,
    password_hash VARCHAR(64)  NOT NULL,
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    spent_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT temporary_password_pk PRIMARY KEY (iec, gstin)
);
