-- The audio guide's recordings and draft voices (docs/decisions/0020-audio-storage.md).
--
-- Audio bytes live once per content (SHA-256) in audio_blob, in the database that every service
-- instance shares; each instance keeps a disk cache of the blobs it serves. An audio_asset is one
-- recording or synthesized draft of one narration; several assets may share a blob.

CREATE TABLE audio_blob (
  sha256      text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes       bigint NOT NULL CHECK (bytes > 0),
  content     bytea NOT NULL CHECK (octet_length(content) = bytes),
  created_at  timestamptz NOT NULL DEFAULT now()
);
-- Uncompressed out-of-line storage: audio does not compress, and substring() of an EXTERNAL
-- value reads only the pages of the range asked for (HTTP Range requests, chunked streaming).
ALTER TABLE audio_blob ALTER COLUMN content SET STORAGE EXTERNAL;

-- Several assets (the same recording for two narrations) may name one blob.
ALTER TABLE audio_asset DROP CONSTRAINT audio_asset_storage_key_key;
ALTER TABLE audio_asset
  ADD CONSTRAINT audio_asset_blob_fk FOREIGN KEY (storage_key) REFERENCES audio_blob(sha256),
  ADD CONSTRAINT audio_asset_sha256_is_key CHECK (sha256 = storage_key),
  ADD CONSTRAINT audio_asset_media_type_check CHECK (media_type IN ('audio/ogg; codecs=opus', 'audio/mpeg')),
  ADD CONSTRAINT audio_asset_transcript_is_webvtt CHECK (transcript IS NULL OR transcript LIKE 'WEBVTT%'),
  ADD COLUMN voice          text NOT NULL DEFAULT '',
  -- SHA-256 of the script the asset speaks, when it was made: a draft is current while it equals
  -- the narration's script; a recording older than the script is flagged to managers.
  ADD COLUMN script_sha256  text NOT NULL DEFAULT '',
  ADD COLUMN created_by     text NOT NULL DEFAULT 'catalogue';
ALTER TABLE audio_asset ALTER COLUMN duration_s SET NOT NULL;
ALTER TABLE audio_asset ADD CONSTRAINT audio_asset_duration_check CHECK (duration_s > 0);

CREATE INDEX audio_asset_narration_idx ON audio_asset (narration_id);
-- One draft per script and voice, however many instances synthesize at once.
CREATE UNIQUE INDEX audio_asset_draft_uniq ON audio_asset (narration_id, script_sha256, voice) WHERE synthesized;
