-- The IEC-based route's wizard is addressed by a key of its own, not by the registration's id, so that the key can be
-- replaced when the person continues with the reference ID (an address seen before then stops working).
ALTER TABLE registration ADD COLUMN flow_key UUID;
UPDATE registration SET flow_key = id WHERE route = 'DSC';
CREATE UNIQUE INDEX registration_flow_key_uk ON registration (flow_key);
