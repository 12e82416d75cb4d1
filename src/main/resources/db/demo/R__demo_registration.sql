-- Demo temporary passwords for the records that show a refusal of simplified registration (docs/registration.md).
-- ICEGATE only sends temporary passwords to eligible pairs, and the first screen names a specific refusal only when
-- IEC, GSTIN and temporary password belong together; so that a person trying the demo can see each refusal, these
-- pairs carry the published demo temporary password Demo#Refuse1. None of them can ever complete a registration.
-- Stored as the portal stores every temporary password: SHA-256 of salt + password.
INSERT INTO temporary_password (iec, gstin, salt, password_hash, issued_at, expires_at) VALUES
    ('AAECH7719P', '05AAECH7719P1Z2', 'demo', 'dc20be0117190402fa163659e31baf20a5a808b2a0373830a03a1af03e0b9e28', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2099-12-31 00:00:00+00'),
    ('EKLPS3309R', '09EKLPS3309R1Z6', 'demo', 'dc20be0117190402fa163659e31baf20a5a808b2a0373830a03a1af03e0b9e28', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2099-12-31 00:00:00+00'),
    ('AAKFM5521D', '32AAKFM5521D1ZP', 'demo', 'dc20be0117190402fa163659e31baf20a5a808b2a0373830a03a1af03e0b9e28', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2099-12-31 00:00:00+00'),
    ('AAGCD4406K', '36AAGCD4406K1ZN', 'demo', 'dc20be0117190402fa163659e31baf20a5a808b2a0373830a03a1af03e0b9e28', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2099-12-31 00:00:00+00'),
    ('AABCV3391H', '23AABCV3391H1ZE', 'demo', 'dc20be0117190402fa163659e31baf20a5a808b2a0373830a03a1af03e0b9e28', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2099-12-31 00:00:00+00'),
    ('CWHPM6178S', '32AAQFC6603N2Z6', 'demo', 'dc20be0117190402fa163659e31baf20a5a808b2a0373830a03a1af03e0b9e28', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2099-12-31 00:00:00+00'),
    -- eligible except that the IEC already has an account (the demo account DEMO-SIMPLIFIED, R__demo_account.sql)
    ('BHKPI6034R', '33BHKPI6034R1ZW', 'demo', 'dc20be0117190402fa163659e31baf20a5a808b2a0373830a03a1af03e0b9e28', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2099-12-31 00:00:00+00')
ON CONFLICT DO NOTHING;
