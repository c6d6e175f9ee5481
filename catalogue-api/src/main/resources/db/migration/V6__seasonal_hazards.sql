-- Hazards that recur every year (high water every rainy season, ice on Mẫu Sơn every winter): a
-- yearly window of month-days, inclusive, which may wrap the year end (12-01 → 02-28). The dates
-- are Vietnam's (Asia/Ho_Chi_Minh): the day a ranger sees on the calendar.
ALTER TABLE hazard ADD COLUMN season_start text CHECK (season_start ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$');
ALTER TABLE hazard ADD COLUMN season_end text CHECK (season_end ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$');
ALTER TABLE hazard ADD CONSTRAINT hazard_season_both_ends CHECK ((season_start IS NULL) = (season_end IS NULL));

-- Whether a month-day (MM-DD) lies in a yearly window; a window whose start is after its end wraps the year.
CREATE FUNCTION in_season(month_day text, season_start text, season_end text) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN season_start <= season_end THEN month_day BETWEEN season_start AND season_end
                ELSE month_day >= season_start OR month_day <= season_end END
  $$;

-- The one rule of validity: whether a record valid from valid_from until valid_until (exclusive;
-- null for no end), in its season every year if it has one, is in force at some moment of the
-- interval [t_start, t_end] (either end null for open). Every reader asks this function: the map
-- service's datetime filter, the hazards in force, the routes' verdicts.
CREATE FUNCTION in_force_during(valid_from timestamptz, valid_until timestamptz, season_start text, season_end text,
                                t_start timestamptz, t_end timestamptz) RETURNS boolean
  LANGUAGE sql STABLE AS $$
    SELECT (t_end IS NULL OR valid_from <= t_end)
       AND (valid_until IS NULL OR t_start IS NULL OR valid_until > t_start)
       AND (season_start IS NULL
            OR t_start IS NULL OR t_end IS NULL
            OR t_end - t_start >= interval '366 days'
            OR EXISTS (SELECT 1 FROM generate_series(
                         date_trunc('day', greatest(t_start, valid_from) AT TIME ZONE 'Asia/Ho_Chi_Minh'),
                         date_trunc('day', least(t_end, coalesce(valid_until, t_end)) AT TIME ZONE 'Asia/Ho_Chi_Minh'),
                         interval '1 day') AS d
                        WHERE in_season(to_char(d, 'MM-DD'), season_start, season_end)))
  $$;
