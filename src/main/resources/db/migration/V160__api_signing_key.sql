-- The key that signs the API's bearer tokens (HMAC-SHA256; shared module, V160-V169). The first instance to start
-- makes it and every other reads it, so a token issued by one instance is accepted by all.
CREATE TABLE api_signing_key (
    id         INT          NOT NULL,
    secret     VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT api_signing_key_pk PRIMARY KEY (id)
);
