-- The issuing offices' own ICEGATE IDs (seeds/003, the Council for Leather Exports' regional offices): they exist
-- already, so no registration may take them. Idempotent: runs again whenever this file changes.
INSERT INTO icegate_ids (id_key, id_value, holder, reserved_at) VALUES
    ('CLEINDIA1984', 'CLEINDIA1984', 'office:CLE Chennai', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00'),
    ('CLEDELHI1984', 'CLEDELHI1984', 'office:CLE Delhi', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00'),
    ('CLEKOLKATA1984', 'CLEKOLKATA1984', 'office:CLE Kolkata', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00'),
    ('CLEMUMBAI1984', 'CLEMUMBAI1984', 'office:CLE Mumbai', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00'),
    ('CLEKANPUR1984', 'CLEKANPUR1984', 'office:CLE Kanpur', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00'),
    ('CLEAGRA1984', 'CLEAGRA1984', 'office:CLE Agra', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00'),
    ('CLEJALANDHAR1984', 'CLEJALANDHAR1984', 'office:CLE Jalandhar', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00')
ON CONFLICT DO NOTHING;

-- Ready-made demo accounts for trainers (docs/demo-data.md, "Ready-made accounts and registrations"), each on a
-- demo IEC of its own: log in at once with the published passwords Demo#Simplified1 (simplified: active, may not
-- file) and Demo#Filing1 (DSC: active, may file). The pair BHKPI6034R / 33BHKPI6034R1ZW is eligible for simplified
-- registration except that the IEC has this account, so with Demo#Refuse1 (R__demo_registration.sql) Route A shows
-- its "already registered on ICEGATE" refusal.
-- Stored as the portal stores every account password: Argon2id at the production parameters (m=19456, t=2, p=1)
-- behind {argon2}, hashed once with the portal's own encoder (shared.security.PasswordHashingConfiguration).
-- Only the demo data carries them; an account a person changed since (password, contacts) is left as it is.
INSERT INTO icegate_ids (id_key, id_value, holder, reserved_at) VALUES
    ('DEMO-SIMPLIFIED', 'DEMO-SIMPLIFIED', 'account', TIMESTAMP WITH TIME ZONE '2026-05-04 09:30:00+00'),
    ('DEMO-DSC', 'DEMO-DSC', 'account', TIMESTAMP WITH TIME ZONE '2026-03-02 11:15:00+00')
ON CONFLICT DO NOTHING;
INSERT INTO accounts (icegate_id, icegate_id_key, iec, gstin, firm_name, route, status, may_file, email, mobile,
                      password_hash, login_otp, password_changed_at, created_at, updated_at, version)
SELECT 'DEMO-SIMPLIFIED', 'DEMO-SIMPLIFIED', 'BHKPI6034R', '33BHKPI6034R1ZW', 'Iyer Handloom Sarees', 'SIMPLIFIED',
       'ACTIVE', FALSE, 'meenakshi.iyer@example.in', '9443561207',
       '{argon2}$argon2id$v=19$m=19456,t=2,p=1$ObCff8AcudRsQngKyebwKg$ATKUJsqkR+Iw3vOZ47n2sM7JKvFy1hHZ5Nk85LaKqIA',
       FALSE, TIMESTAMP WITH TIME ZONE '2026-05-04 09:30:00+00', TIMESTAMP WITH TIME ZONE '2026-05-04 09:30:00+00',
       TIMESTAMP WITH TIME ZONE '2026-05-04 09:30:00+00', 0
WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE iec = 'BHKPI6034R' OR icegate_id_key = 'DEMO-SIMPLIFIED');
INSERT INTO accounts (icegate_id, icegate_id_key, iec, gstin, firm_name, route, status, may_file, email, mobile,
                      password_hash, login_otp, password_changed_at, created_at, updated_at, version)
SELECT 'DEMO-DSC', 'DEMO-DSC', 'AAGCS5129H', NULL, 'Saraswati Pharma Private Limited', 'DSC', 'ACTIVE', TRUE,
       'regulatory@saraswatipharma.example.in', '9822417736',
       '{argon2}$argon2id$v=19$m=19456,t=2,p=1$l5g4IebsYXehSES5vXB1+A$wYpN4PBcaCVQYn0A6N5JUXxZKsw8/aNK+GRVTrHKn/c',
       FALSE, TIMESTAMP WITH TIME ZONE '2026-03-02 11:15:00+00', TIMESTAMP WITH TIME ZONE '2026-03-02 11:15:00+00',
       TIMESTAMP WITH TIME ZONE '2026-03-02 11:15:00+00', 0
WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE iec = 'AAGCS5129H' OR icegate_id_key = 'DEMO-DSC');

-- The seven issuing offices (seeds/003) as accounts of kind OFFICE that log in at /login with the published demo
-- password Demo#Office1 (the same Argon2id hash for each), each with one signatory whose Class III DSC signs its
-- Import Certificates. An office the admin changed since (password, status, signatories) is left as it is.
INSERT INTO accounts (icegate_id, icegate_id_key, iec, gstin, firm_name, route, status, may_file, email, mobile,
                      password_hash, login_otp, password_changed_at, created_at, updated_at, version, kind)
SELECT 'CLEINDIA1984', 'CLEINDIA1984', NULL, NULL, 'Council for Leather Exports, Chennai', NULL, 'ACTIVE', FALSE,
       'chennai@cle.example.in', '9840112201', '{argon2}$argon2id$v=19$m=19456,t=2,p=1$wce43tFZjLZxKuxZqETv6A$Gu9KdkD3duef447aWbNt3UBKA1PKeh1XfF65IZUNUMs',
       FALSE, TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00',
       TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00', 0, 'OFFICE'
WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE icegate_id_key = 'CLEINDIA1984');
INSERT INTO issuing_offices (account_id, city)
SELECT id, 'Chennai' FROM accounts a WHERE icegate_id_key = 'CLEINDIA1984' AND kind = 'OFFICE'
  AND NOT EXISTS (SELECT 1 FROM issuing_offices o WHERE o.account_id = a.id);
INSERT INTO office_signatories (account_id, name, pan, designation, created_at)
SELECT o.account_id, 'R. Senthil Kumar', 'BSKPK2291L', 'Regional Director', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00'
FROM issuing_offices o JOIN accounts a ON a.id = o.account_id
WHERE a.icegate_id_key = 'CLEINDIA1984' AND NOT EXISTS (SELECT 1 FROM office_signatories s WHERE s.account_id = o.account_id);
INSERT INTO accounts (icegate_id, icegate_id_key, iec, gstin, firm_name, route, status, may_file, email, mobile,
                      password_hash, login_otp, password_changed_at, created_at, updated_at, version, kind)
SELECT 'CLEDELHI1984', 'CLEDELHI1984', NULL, NULL, 'Council for Leather Exports, Delhi', NULL, 'ACTIVE', FALSE,
       'delhi@cle.example.in', '9811200102', '{argon2}$argon2id$v=19$m=19456,t=2,p=1$wce43tFZjLZxKuxZqETv6A$Gu9KdkD3duef447aWbNt3UBKA1PKeh1XfF65IZUNUMs',
       FALSE, TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00',
       TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00', 0, 'OFFICE'
WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE icegate_id_key = 'CLEDELHI1984');
INSERT INTO issuing_offices (account_id, city)
SELECT id, 'Delhi' FROM accounts a WHERE icegate_id_key = 'CLEDELHI1984' AND kind = 'OFFICE'
  AND NOT EXISTS (SELECT 1 FROM issuing_offices o WHERE o.account_id = a.id);
INSERT INTO office_signatories (account_id, name, pan, designation, created_at)
SELECT o.account_id, 'Rakesh Malhotra', 'AJMPM4417K', 'Regional Director', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00'
FROM issuing_offices o JOIN accounts a ON a.id = o.account_id
WHERE a.icegate_id_key = 'CLEDELHI1984' AND NOT EXISTS (SELECT 1 FROM office_signatories s WHERE s.account_id = o.account_id);
INSERT INTO accounts (icegate_id, icegate_id_key, iec, gstin, firm_name, route, status, may_file, email, mobile,
                      password_hash, login_otp, password_changed_at, created_at, updated_at, version, kind)
SELECT 'CLEKOLKATA1984', 'CLEKOLKATA1984', NULL, NULL, 'Council for Leather Exports, Kolkata', NULL, 'ACTIVE', FALSE,
       'kolkata@cle.example.in', '9830120103', '{argon2}$argon2id$v=19$m=19456,t=2,p=1$wce43tFZjLZxKuxZqETv6A$Gu9KdkD3duef447aWbNt3UBKA1PKeh1XfF65IZUNUMs',
       FALSE, TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00',
       TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00', 0, 'OFFICE'
WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE icegate_id_key = 'CLEKOLKATA1984');
INSERT INTO issuing_offices (account_id, city)
SELECT id, 'Kolkata' FROM accounts a WHERE icegate_id_key = 'CLEKOLKATA1984' AND kind = 'OFFICE'
  AND NOT EXISTS (SELECT 1 FROM issuing_offices o WHERE o.account_id = a.id);
INSERT INTO office_signatories (account_id, name, pan, designation, created_at)
SELECT o.account_id, 'Sudipta Ghosh', 'CGHPG5820D', 'Regional Director', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00'
FROM issuing_offices o JOIN accounts a ON a.id = o.account_id
WHERE a.icegate_id_key = 'CLEKOLKATA1984' AND NOT EXISTS (SELECT 1 FROM office_signatories s WHERE s.account_id = o.account_id);
INSERT INTO accounts (icegate_id, icegate_id_key, iec, gstin, firm_name, route, status, may_file, email, mobile,
                      password_hash, login_otp, password_changed_at, created_at, updated_at, version, kind)
SELECT 'CLEMUMBAI1984', 'CLEMUMBAI1984', NULL, NULL, 'Council for Leather Exports, Mumbai', NULL, 'ACTIVE', FALSE,
       'mumbai@cle.example.in', '9820130104', '{argon2}$argon2id$v=19$m=19456,t=2,p=1$wce43tFZjLZxKuxZqETv6A$Gu9KdkD3duef447aWbNt3UBKA1PKeh1XfF65IZUNUMs',
       FALSE, TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00',
       TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00', 0, 'OFFICE'
WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE icegate_id_key = 'CLEMUMBAI1984');
INSERT INTO issuing_offices (account_id, city)
SELECT id, 'Mumbai' FROM accounts a WHERE icegate_id_key = 'CLEMUMBAI1984' AND kind = 'OFFICE'
  AND NOT EXISTS (SELECT 1 FROM issuing_offices o WHERE o.account_id = a.id);
INSERT INTO office_signatories (account_id, name, pan, designation, created_at)
SELECT o.account_id, 'Prakash Deshmukh', 'ADSPD6634P', 'Regional Director', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00'
FROM issuing_offices o JOIN accounts a ON a.id = o.account_id
WHERE a.icegate_id_key = 'CLEMUMBAI1984' AND NOT EXISTS (SELECT 1 FROM office_signatories s WHERE s.account_id = o.account_id);
INSERT INTO accounts (icegate_id, icegate_id_key, iec, gstin, firm_name, route, status, may_file, email, mobile,
                      password_hash, login_otp, password_changed_at, created_at, updated_at, version, kind)
SELECT 'CLEKANPUR1984', 'CLEKANPUR1984', NULL, NULL, 'Council for Leather Exports, Kanpur', NULL, 'ACTIVE', FALSE,
       'kanpur@cle.example.in', '9839140105', '{argon2}$argon2id$v=19$m=19456,t=2,p=1$wce43tFZjLZxKuxZqETv6A$Gu9KdkD3duef447aWbNt3UBKA1PKeh1XfF65IZUNUMs',
       FALSE, TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00',
       TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00', 0, 'OFFICE'
WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE icegate_id_key = 'CLEKANPUR1984');
INSERT INTO issuing_offices (account_id, city)
SELECT id, 'Kanpur' FROM accounts a WHERE icegate_id_key = 'CLEKANPUR1984' AND kind = 'OFFICE'
  AND NOT EXISTS (SELECT 1 FROM issuing_offices o WHERE o.account_id = a.id);
INSERT INTO office_signatories (account_id, name, pan, designation, created_at)
SELECT o.account_id, 'Alok Srivastava', 'BLSPS7745Q', 'Regional Director', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00'
FROM issuing_offices o JOIN accounts a ON a.id = o.account_id
WHERE a.icegate_id_key = 'CLEKANPUR1984' AND NOT EXISTS (SELECT 1 FROM office_signatories s WHERE s.account_id = o.account_id);
INSERT INTO accounts (icegate_id, icegate_id_key, iec, gstin, firm_name, route, status, may_file, email, mobile,
                      password_hash, login_otp, password_changed_at, created_at, updated_at, version, kind)
SELECT 'CLEAGRA1984', 'CLEAGRA1984', NULL, NULL, 'Council for Leather Exports, Agra', NULL, 'ACTIVE', FALSE,
       'agra@cle.example.in', '9837150106', '{argon2}$argon2id$v=19$m=19456,t=2,p=1$wce43tFZjLZxKuxZqETv6A$Gu9KdkD3duef447aWbNt3UBKA1PKeh1XfF65IZUNUMs',
       FALSE, TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00',
       TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00', 0, 'OFFICE'
WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE icegate_id_key = 'CLEAGRA1984');
INSERT INTO issuing_offices (account_id, city)
SELECT id, 'Agra' FROM accounts a WHERE icegate_id_key = 'CLEAGRA1984' AND kind = 'OFFICE'
  AND NOT EXISTS (SELECT 1 FROM issuing_offices o WHERE o.account_id = a.id);
INSERT INTO office_signatories (account_id, name, pan, designation, created_at)
SELECT o.account_id, 'Neha Agarwal', 'CNAPA8856R', 'Regional Officer', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00'
FROM issuing_offices o JOIN accounts a ON a.id = o.account_id
WHERE a.icegate_id_key = 'CLEAGRA1984' AND NOT EXISTS (SELECT 1 FROM office_signatories s WHERE s.account_id = o.account_id);
INSERT INTO accounts (icegate_id, icegate_id_key, iec, gstin, firm_name, route, status, may_file, email, mobile,
                      password_hash, login_otp, password_changed_at, created_at, updated_at, version, kind)
SELECT 'CLEJALANDHAR1984', 'CLEJALANDHAR1984', NULL, NULL, 'Council for Leather Exports, Jalandhar', NULL, 'ACTIVE', FALSE,
       'jalandhar@cle.example.in', '9815160107', '{argon2}$argon2id$v=19$m=19456,t=2,p=1$wce43tFZjLZxKuxZqETv6A$Gu9KdkD3duef447aWbNt3UBKA1PKeh1XfF65IZUNUMs',
       FALSE, TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00',
       TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00', 0, 'OFFICE'
WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE icegate_id_key = 'CLEJALANDHAR1984');
INSERT INTO issuing_offices (account_id, city)
SELECT id, 'Jalandhar' FROM accounts a WHERE icegate_id_key = 'CLEJALANDHAR1984' AND kind = 'OFFICE'
  AND NOT EXISTS (SELECT 1 FROM issuing_offices o WHERE o.account_id = a.id);
INSERT INTO office_signatories (account_id, name, pan, designation, created_at)
SELECT o.account_id, 'Harpreet Singh Gill', 'DHGPG9967S', 'Regional Officer', TIMESTAMP WITH TIME ZONE '2019-07-03 00:00:00+00'
FROM issuing_offices o JOIN accounts a ON a.id = o.account_id
WHERE a.icegate_id_key = 'CLEJALANDHAR1984' AND NOT EXISTS (SELECT 1 FROM office_signatories s WHERE s.account_id = o.account_id);
