-- Protected sites (places marked generalised or restricted) must not be found through what
-- points at them or lies beside them: a sign, a hazard, a route's line.
--
-- Each protected place gets a disc the public sees nothing exact inside: centred on the point
-- its position is generalised to (a 0.01° grid, which the public may know), 1,800 m across the
-- radius — more than the 1,000 m kept clear around the true position plus the ~790 m a grid
-- point may be from it — and as much more as the site itself extends. A disc centred on the true
-- position would give it away: two cut ends of a line at a known distance pin its centre.
ALTER TABLE place ADD COLUMN protection_disc geometry(Polygon, 4326) GENERATED ALWAYS AS (
  CASE WHEN sensitivity <> 'public' THEN
    ST_Buffer(ST_SnapToGrid(ST_PointOnSurface(geom), 0.01)::geography,
              1800 + ST_MaxDistance(geom, ST_PointOnSurface(geom)) * 111320)::geometry
  END) STORED;
CREATE INDEX place_protection_disc_idx ON place USING gist (protection_disc) WHERE protection_disc IS NOT NULL;

-- What the public may see of a geometry: the one rule, used by every collection of records that
-- may be about or beside a protected site (and by everything that reads them: items, tiles, box
-- filters, search).
--   * A record about a protected site (it names it) is shown where the site is shown: at its
--     generalised point, or nowhere for a restricted site.
--   * Otherwise a point inside a protection disc is shown at that site's generalised point (or
--     nowhere), and a line or area has what lies inside the disc cut away.
CREATE FUNCTION public_geometry(g geometry, named_places text[]) RETURNS geometry
  LANGUAGE plpgsql STABLE AS $$
DECLARE
  site record;
  visible geometry := g;
BEGIN
  IF g IS NULL THEN
    RETURN NULL;
  END IF;
  IF named_places IS NOT NULL THEN
    FOR site IN SELECT p.public_geom FROM place p WHERE p.id = ANY (named_places) AND p.sensitivity <> 'public' ORDER BY p.id LIMIT 1 LOOP
      RETURN site.public_geom;
    END LOOP;
  END IF;
  FOR site IN SELECT p.public_geom, p.protection_disc FROM place p
               WHERE p.protection_disc IS NOT NULL AND p.protection_disc && g AND ST_Intersects(p.protection_disc, g)
               ORDER BY p.id LOOP
    IF GeometryType(visible) IN ('POINT', 'MULTIPOINT') THEN
      RETURN site.public_geom;
    END IF;
    visible := ST_Difference(visible, site.protection_disc);
    IF visible IS NULL OR ST_IsEmpty(visible) THEN
      RETURN NULL;
    END IF;
  END LOOP;
  RETURN visible;
END
$$;
