-- The demo CA (dsc module): keys and certificates generated at first start and kept here, so that every instance
-- signs and trusts the same ones. Used only while portal.demo.enabled is true. Keys are PKCS#8 DER, certificates
-- and the CRL DER. A demo CA, not a licensed one: its keys are not secret from whoever can read this database.
create table dsc_demo_authority (
    id varchar(16) primary key,
    root_certificate bytea not null,
    root_key bytea not null,
    issuing_certificate bytea not null,
    issuing_key bytea not null,
    untrusted_certificate bytea not null,
    untrusted_key bytea not null,
    crl bytea,
    crl_number bigint not null,
    created_at timestamp with time zone not null
);

-- Serial numbers (upper-case hex) that the demo issuing CA has revoked: the "revoked" demo certificates.
create table dsc_demo_revocation (
    serial_number varchar(64) primary key,
    revoked_at timestamp with time zone not null
);

-- What the demo token made for a person: the signature, the certificate and its key, behind a random id.
create table dsc_demo_token (
    id uuid primary key,
    created_at timestamp with time zone not null,
    kind varchar(20) not null,
    iec varchar(10) not null,
    holder_name varchar(200) not null,
    signed_text varchar(1000) not null,
    signature bytea not null,
    certificate bytea not null,
    private_key bytea not null
);
create index dsc_demo_token_created_at on dsc_demo_token (created_at);
