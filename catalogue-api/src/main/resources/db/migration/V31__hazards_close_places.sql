-- Hazards that close or caution a place while they are in force, and give it back its own status
-- when they end (docs/decisions/0051-hazards-close-places.md).

ALTER TABLE hazard ADD COLUMN place_effect text NOT NULL DEFAULT 'none' CHECK (place_effect IN ('none', 'caution', 'closed'));
ALTER TABLE hazard ADD CONSTRAINT hazard_effect_needs_place CHECK (place_effect = 'none' OR place_id IS NOT NULL);
-- Why a hazard was resolved, for the people reading its history.
ALTER TABLE hazard ADD COLUMN resolution jsonb CHECK (is_localized_text(resolution));
CREATE INDEX hazard_place_idx ON hazard (place_id) WHERE place_id IS NOT NULL;

-- A place's own status (what its managers set), when it was set, and when it is expected to reopen.
ALTER TABLE place ADD COLUMN reopens_on date;
ALTER TABLE place ADD COLUMN status_since timestamptz;
UPDATE place SET status_since = updated_at;
ALTER TABLE place ALTER COLUMN status_since SET DEFAULT now();
ALTER TABLE place ALTER COLUMN status_since SET NOT NULL;

CREATE FUNCTION place_status_since() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
    NEW.status_since := now();
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER place_status_since BEFORE INSERT OR UPDATE OF status ON place
  FOR EACH ROW EXECUTE FUNCTION place_status_since();

-- The strongest effect of the hazards in force on the place, kept by the service (on every hazard
-- change and by the hazard clock as time passes); null while none is in force.
ALTER TABLE place ADD COLUMN hazard_status text CHECK (hazard_status IN ('caution', 'closed'));
ALTER TABLE place ADD COLUMN hazard_status_reason jsonb CHECK (is_localized_text(hazard_status_reason));
ALTER TABLE place ADD COLUMN hazard_status_id text;
ALTER TABLE place ADD COLUMN hazard_reopens_on date;
ALTER TABLE place ADD COLUMN hazard_status_since timestamptz;

-- The status in effect — what every reader shows and filters on: the stronger of the place's own
-- status and its hazards' (closed > caution > open), with that one's reason, reopening and since.
ALTER TABLE place ADD COLUMN effective_status text GENERATED ALWAYS AS (
  CASE WHEN hazard_status = 'closed' AND status <> 'closed' OR (hazard_status = 'caution' AND status = 'open')
       THEN hazard_status ELSE status END) STORED;
ALTER TABLE place ADD COLUMN effective_status_reason jsonb GENERATED ALWAYS AS (
  CASE WHEN hazard_status = 'closed' AND status <> 'closed' OR (hazard_status = 'caution' AND status = 'open')
       THEN hazard_status_reason ELSE status_reason END) STORED;
ALTER TABLE place ADD COLUMN effective_reopens_on date GENERATED ALWAYS AS (
  CASE WHEN hazard_status = 'closed' AND status <> 'closed' OR (hazard_status = 'caution' AND status = 'open')
       THEN hazard_reopens_on ELSE reopens_on END) STORED;
ALTER TABLE place ADD COLUMN effective_status_since timestamptz GENERATED ALWAYS AS (
  CASE WHEN hazard_status = 'closed' AND status <> 'closed' OR (hazard_status = 'caution' AND status = 'open')
       THEN hazard_status_since ELSE status_since END) STORED;
CREATE INDEX place_effective_status_idx ON place (effective_status) WHERE effective_status <> 'open';

-- The next day of the year `month_day` (MM-DD) on or after `from_day`; 02-29 falls on 02-28 in
-- common years.
CREATE FUNCTION next_month_day(month_day text, from_day date) RETURNS date LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  m int := substr(month_day, 1, 2)::int;
  d int := substr(month_day, 4, 2)::int;
  candidate date;
BEGIN
  FOR y IN extract(year FROM from_day)::int .. extract(year FROM from_day)::int + 1 LOOP
    candidate := make_date(y, m, least(d, extract(day FROM date_trunc('month', make_date(y, m, 1)) + interval '1 month - 1 day')::int));
    IF candidate >= from_day THEN
      RETURN candidate;
    END IF;
  END LOOP;
  RETURN candidate;
END
$$;

-- The first day (Vietnam's calendar) a hazard in force at `at` is expected to be over: the day its
-- validity ends, or the day after its season, whichever comes first; null when nobody knows.
CREATE FUNCTION hazard_expected_end(valid_until timestamptz, season_end text, at timestamptz) RETURNS date
  LANGUAGE sql STABLE AS $$
    SELECT least((valid_until AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
                 CASE WHEN season_end IS NOT NULL
                      THEN next_month_day(season_end, (at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) + 1 END)
  $$;

-- The one rule of a hazard's effect on a place: of the hazards in force at `at` that close or
-- caution it, a closing one before a cautioning one, the latest first.
CREATE FUNCTION hazard_effect_on_place(place text, at timestamptz)
  RETURNS TABLE (hazard_id text, effect text, reason jsonb, reopens date) LANGUAGE sql STABLE AS $$
    SELECT h.id, h.place_effect, h.title, hazard_expected_end(h.valid_until, h.season_end, at)
      FROM hazard h
     WHERE h.place_id = place AND h.place_effect <> 'none' AND h.status <> 'resolved'
       AND in_force_during(h.valid_from, h.valid_until, h.season_start, h.season_end, at, at)
     ORDER BY h.place_effect = 'closed' DESC, h.valid_from DESC, h.id
     LIMIT 1
  $$;

-- The hazard clock: the last moment the service looked for hazards that came into force or
-- ended with nobody editing them (docs/decisions/0051-hazards-close-places.md). One row: the
-- instance that holds its lock ticks, the others skip.
CREATE TABLE hazard_clock (
  id         smallint PRIMARY KEY CHECK (id = 1),
  ticked_at  timestamptz NOT NULL
);
INSERT INTO hazard_clock (id, ticked_at) VALUES (1, now());
