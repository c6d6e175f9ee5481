-- Visitors' feedback on places: a rating and a short comment, kept for moderation. Nothing here is
-- shown to the public until a manager of the place's park approves it (docs/web-map.md).

CREATE TABLE visitor_feedback (
  id            bigserial PRIMARY KEY,
  place_id      text NOT NULL REFERENCES place(id) ON DELETE CASCADE,
  -- the park whose managers moderate it: the place's park when it was written
  park_id       text NOT NULL REFERENCES park(id),
  rating        smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment       text NOT NULL DEFAULT '' CHECK (char_length(comment) <= 4000),
  language      text CHECK (language IS NULL OR language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$'),
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  submitted_at  timestamptz NOT NULL DEFAULT now(),
  moderated_at  timestamptz,
  moderated_by  text,
  CHECK ((status = 'pending') = (moderated_at IS NULL)),
  CHECK ((moderated_at IS NULL) = (moderated_by IS NULL))
);

-- what the public reads: a place's approved feedback, newest first
CREATE INDEX visitor_feedback_approved_idx ON visitor_feedback (place_id, submitted_at DESC) WHERE status = 'approved';
-- what managers read: a park's queue
CREATE INDEX visitor_feedback_park_idx ON visitor_feedback (park_id, status, submitted_at DESC);
