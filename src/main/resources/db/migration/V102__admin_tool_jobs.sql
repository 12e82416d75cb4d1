-- CSV imports started by an admin: progress while it runs, the counts at the end, the refused rows for the report.
CREATE TABLE admin_import (
    id          UUID         NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    status      VARCHAR(12)  NOT NULL,
    lines_read  BIGINT       NOT NULL,
    accepted    BIGINT       NOT NULL,
    refused     BIGINT       NOT NULL,
    started_by  VARCHAR(50)  NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    failure     VARCHAR(500),
    CONSTRAINT admin_import_pk PRIMARY KEY (id)
);
CREATE INDEX admin_import_started_idx ON admin_import (started_at);

CREATE TABLE admin_import_refused (
    import_id UUID          NOT NULL,
    line      BIGINT        NOT NULL,
    reason    VARCHAR(1000) NOT NULL,
    CONSTRAINT admin_import_refused_pk PRIMARY KEY (import_id, line),
    CONSTRAINT admin_import_refused_fk FOREIGN KEY (import_id) REFERENCES admin_import (id)
);

-- Bulk runs of temporary passwords: resumable from the last IEC handled, by whichever instance holds the lock.
CREATE TABLE admin_bulk_job (
    id             UUID        NOT NULL,
    status         VARCHAR(12) NOT NULL,
    last_iec       VARCHAR(10),
    processed      BIGINT      NOT NULL,
    sent           BIGINT      NOT NULL,
    started_by     VARCHAR(50) NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT admin_bulk_job_pk PRIMARY KEY (id)
);
CREATE INDEX admin_bulk_job_status_idx ON admin_bulk_job (status, started_at);
