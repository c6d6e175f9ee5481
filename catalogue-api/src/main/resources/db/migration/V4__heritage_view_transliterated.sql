-- The intangible heritage collection shows every field its layer declares, transliterated
-- names included (added at the end: a view's existing columns keep their places).
CREATE OR REPLACE VIEW ogc_intangible_heritage AS
SELECT h.id, h.category, h.name, h.description, h.communities, h.unesco_listing, h.sources, h.updated_at,
       ARRAY(SELECT hp.place_id FROM intangible_heritage_place hp WHERE hp.heritage_id = h.id ORDER BY hp.place_id) AS places,
       ARRAY(SELECT hk.park_id FROM intangible_heritage_park hk WHERE hk.heritage_id = h.id ORDER BY hk.park_id) AS parks,
       (SELECT ST_Collect(p.public_geom ORDER BY p.id) FROM intangible_heritage_place hp JOIN place p ON p.id = hp.place_id
         WHERE hp.heritage_id = h.id AND p.public_geom IS NOT NULL) AS public_geom,
       (SELECT ST_Collect(p.geom ORDER BY p.id) FROM intangible_heritage_place hp JOIN place p ON p.id = hp.place_id
         WHERE hp.heritage_id = h.id) AS geom,
       h.transliterated
  FROM intangible_heritage h;
