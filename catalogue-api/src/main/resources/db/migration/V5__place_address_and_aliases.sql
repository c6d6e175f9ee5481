-- Places: the address in the administrative units in force (communes and provinces since
-- 1 July 2025, when districts were abolished), the names people and old signs still use (former
-- addresses, old spellings), and how the position was found.
ALTER TABLE place ADD COLUMN address jsonb CHECK (is_localized_text(address));
ALTER TABLE place ADD COLUMN aliases text[] NOT NULL DEFAULT '{}';
ALTER TABLE place ADD COLUMN position_note text;
