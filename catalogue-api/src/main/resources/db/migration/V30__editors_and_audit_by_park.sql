-- Who may change what (docs/decisions/0050-rights-per-park.md): editors write a park's content
-- (descriptions, narrations) but no safety data; like a park manager, an editor is one per park.
ALTER TABLE account_role DROP CONSTRAINT account_role_role_check;
ALTER TABLE account_role ADD CONSTRAINT account_role_role_check CHECK (role IN ('admin', 'park_manager', 'editor', 'operator'));
ALTER TABLE account_role DROP CONSTRAINT account_role_check;
ALTER TABLE account_role ADD CONSTRAINT account_role_park_check CHECK (role NOT IN ('park_manager', 'editor') OR park_id IS NOT NULL);

-- The audit log answers per park (GET /api/v1/audit?park=…): each entry names the park of the
-- record it is about, as the change log does. Entries written before know it from their snapshots.
ALTER TABLE audit_log ADD COLUMN park_id text;
UPDATE audit_log SET park_id = CASE WHEN entity_type = 'park' THEN entity_id
                                    ELSE coalesce(after ->> 'parkId', before ->> 'parkId') END;
CREATE INDEX audit_log_park_idx ON audit_log (park_id, at);
CREATE INDEX audit_log_at_idx ON audit_log (at);
