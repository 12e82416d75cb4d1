-- The DGFT IEC directory and the GSTN directory that the stubs read (directory module, V10-V19).

-- One row per IEC; one IEC per PAN (a legacy 10-digit IEC differs from its holder's PAN).
CREATE TABLE dgft_iec (
    iec          VARCHAR(10)  NOT NULL,
    pan          VARCHAR(10)  NOT NULL,
    firm_name    VARCHAR(200) NOT NULL,
    email        VARCHAR(50)  NOT NULL,
    mobile       VARCHAR(10)  NOT NULL,
    address      VARCHAR(500) NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    last_updated DATE         NOT NULL,
    CONSTRAINT dgft_iec_pk PRIMARY KEY (iec),
    CONSTRAINT dgft_iec_status_ck CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CANCELLED', 'SURRENDERED'))
);
CREATE UNIQUE INDEX dgft_iec_pan_ux ON dgft_iec (pan);

-- The proprietor, partners, directors or authorised signatories of an IEC, in the order DGFT lists them.
CREATE TABLE dgft_signatory (
    iec      VARCHAR(10)  NOT NULL,
    position INT          NOT NULL,
    name     VARCHAR(200) NOT NULL,
    pan      VARCHAR(10)  NOT NULL,
    role     VARCHAR(60)  NOT NULL,
    CONSTRAINT dgft_signatory_pk PRIMARY KEY (iec, position),
    CONSTRAINT dgft_signatory_iec_fk FOREIGN KEY (iec) REFERENCES dgft_iec (iec) ON DELETE CASCADE
);

-- GST registrations; the PAN is the one embedded in the GSTIN, kept as a column for the look-up by PAN.
CREATE TABLE gstn_registration (
    gstin        VARCHAR(15)  NOT NULL,
    pan          VARCHAR(10)  NOT NULL,
    legal_name   VARCHAR(200) NOT NULL,
    email        VARCHAR(50)  NOT NULL,
    mobile       VARCHAR(10)  NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    last_updated DATE         NOT NULL,
    CONSTRAINT gstn_registration_pk PRIMARY KEY (gstin),
    CONSTRAINT gstn_registration_status_ck CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CANCELLED'))
);
CREATE INDEX gstn_registration_pan_ix ON gstn_registration (pan, status);

-- Fault modes switched at run time, seen by every instance. No row: the mode from the properties.
CREATE TABLE directory_fault (
    source     VARCHAR(10) NOT NULL,
    mode       VARCHAR(10) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT directory_fault_pk PRIMARY KEY (source)
);
