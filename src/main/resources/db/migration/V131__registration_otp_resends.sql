-- Route B: "Resend OTP" is counted on the registration, over its whole life (a draft is kept for weeks). The OTP
-- module's own count belongs to one batch of codes: it starts again when codes that ran out are replaced, and its row
-- is swept a day after they expired.
ALTER TABLE registration ADD COLUMN otp_resends INTEGER DEFAULT 0 NOT NULL;
