-- Captcha challenges: kept here (never in an HTTP session) until answered once or expired (swept by a job).
CREATE TABLE captcha_challenge (
    id            uuid        NOT NULL PRIMARY KEY,
    image_text    varchar(10) NOT NULL,
    spoken_answer integer     NOT NULL,
    created_at    timestamp with time zone NOT NULL,
    expires_at    timestamp with time zone NOT NULL
);
-- The sweep deletes expired rows.
CREATE INDEX captcha_challenge_expires_idx ON captcha_challenge (expires_at);
