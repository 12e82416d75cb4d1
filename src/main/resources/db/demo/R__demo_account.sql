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
