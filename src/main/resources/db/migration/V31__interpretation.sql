-- Interpretation (issue 11, docs/0024): each delegation's working language (ISO 639-1; empty = its head's first
-- working language) and whether a room has interpretation booths, which simultaneous interpretation needs.
ALTER TABLE delegation ADD COLUMN working_language VARCHAR(2);
ALTER TABLE room ADD COLUMN interpretation_booths BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE delegation_aud ADD COLUMN working_language VARCHAR(2);
