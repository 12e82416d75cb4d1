-- Registrations of both routes (simplified: Route A; IEC-based with DSC: Route B), one row each, kept from the
-- first screen to the end so that a registration in progress survives a restart.
CREATE TABLE registration (
    id               UUID         NOT NULL,
    version          BIGINT       NOT NULL,
    reference_number VARCHAR(20)  NOT NULL,
    route            VARCHAR(20)  NOT NULL,
    status           VARCHAR(30)  NOT NULL,
    iec              VARCHAR(10)  NOT NULL,
    gstin            VARCHAR(15),
    pan              VARCHAR(10)  NOT NULL,
    firm_name        VARCHAR(300),
    email            VARCHAR(50)  NOT NULL,
    mobile           VARCHAR(10)  NOT NULL,
    alternate_email  VARCHAR(50),
    alternate_mobile VARCHAR(10),
    icegate_id       VARCHAR(25),
    password_hash    VARCHAR(255),
    upgrade          BOOLEAN      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE,
    submitted_at     TIMESTAMP WITH TIME ZONE,
    decided_by       VARCHAR(100),
    decided_at       TIMESTAMP WITH TIME ZONE,
    rejection_reason VARCHAR(1000),
    completed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT registration_pk PRIMARY KEY (id),
    CONSTRAINT registration_reference_number_uk UNIQUE (reference_number)
);
-- Open registrations of an IEC (first screen, resume, DSC route checks).
CREATE INDEX registration_iec_status_idx ON registration (iec, route, status);
-- The expiry sweep.
CREATE INDEX registration_expires_at_idx ON registration (expires_at);
-- The admin queue, oldest submission first.
CREATE INDEX registration_queue_idx ON registration (route, status, submitted_at);
