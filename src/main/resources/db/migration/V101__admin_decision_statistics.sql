-- The overview's figures, kept by the admin module from registration events: when each DSC registration entered
-- the queue and when (and how) it was decided. Pending = no decided_at yet.
CREATE TABLE admin_decision_stat (
    reference_number VARCHAR(20) NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE,
    decision         VARCHAR(10),
    decided_by       VARCHAR(100),
    CONSTRAINT admin_decision_stat_pk PRIMARY KEY (reference_number)
);
CREATE INDEX admin_decision_stat_open_idx ON admin_decision_stat (decided_at, submitted_at);
