-- Signs: a condition for signs that must be replaced, retirement instead of deletion, and the
-- inspections that record what a sign was found like (docs/managing.md).
ALTER TABLE sign DROP CONSTRAINT sign_condition_check;
ALTER TABLE sign ADD CONSTRAINT sign_condition_check CHECK (condition IN ('good', 'fair', 'damaged', 'missing', 'needs_replacing'));

-- A sign taken down stays in the inventory with the day and the reason.
ALTER TABLE sign ADD COLUMN retired_on date;
ALTER TABLE sign ADD COLUMN retirement_reason jsonb CHECK (is_localized_text(retirement_reason));
ALTER TABLE sign ADD CONSTRAINT sign_retirement_has_reason CHECK (retired_on IS NULL OR retirement_reason IS NOT NULL);

CREATE TABLE sign_inspection (
  id            bigserial PRIMARY KEY,
  sign_id       text NOT NULL REFERENCES sign(id),
  inspected_on  date NOT NULL,
  inspector     text NOT NULL CHECK (length(inspector) BETWEEN 1 AND 200),
  condition     text NOT NULL CHECK (condition IN ('good', 'fair', 'damaged', 'missing', 'needs_replacing')),
  note          text CHECK (length(note) <= 4000),
  photo_url     text,
  photo_id      bigint,
  recorded_by   text NOT NULL,
  recorded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_inspection_sign_idx ON sign_inspection (sign_id, inspected_on);

-- Photos taken at an inspection. They may carry the phone's position in their metadata, so they
-- are served to the sign's park managers only, never to the public.
CREATE TABLE sign_photo (
  id           bigserial PRIMARY KEY,
  sign_id      text NOT NULL REFERENCES sign(id),
  media_type   text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp')),
  bytes        integer NOT NULL CHECK (bytes > 0),
  sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content      bytea NOT NULL CHECK (octet_length(content) = bytes),
  uploaded_by  text NOT NULL,
  uploaded_at  timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE sign_inspection ADD CONSTRAINT sign_inspection_photo_fk FOREIGN KEY (photo_id) REFERENCES sign_photo(id);
