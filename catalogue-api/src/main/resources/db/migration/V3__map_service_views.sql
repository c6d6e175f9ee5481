-- Views the map service reads as collections. Geometries follow the sensitivity rule of the
-- places they come from: public_geom for everybody, geom for managers of the park.

CREATE VIEW ogc_route_stop AS
SELECT rs.route_id || '-' || rs.position AS id,
       rs.route_id, rs.position, rs.place_id, r.park_id,
       p.kind, p.name, p.sensitivity, p.public_geom, p.geom,
       greatest(r.updated_at, p.updated_at) AS updated_at
  FROM route_stop rs
  JOIN route r ON r.id = rs.route_id
  JOIN place p ON p.id = rs.place_id;

CREATE VIEW ogc_intangible_heritage AS
SELECT h.id, h.category, h.name, h.description, h.communities, h.unesco_listing, h.sources, h.updated_at,
       ARRAY(SELECT hp.place_id FROM intangible_heritage_place hp WHERE hp.heritage_id = h.id ORDER BY hp.place_id) AS places,
       ARRAY(SELECT hk.park_id FROM intangible_heritage_park hk WHERE hk.heritage_id = h.id ORDER BY hk.park_id) AS parks,
       (SELECT ST_Collect(p.public_geom ORDER BY p.id) FROM intangible_heritage_place hp JOIN place p ON p.id = hp.place_id
         WHERE hp.heritage_id = h.id AND p.public_geom IS NOT NULL) AS public_geom,
       (SELECT ST_Collect(p.geom ORDER BY p.id) FROM intangible_heritage_place hp JOIN place p ON p.id = hp.place_id
         WHERE hp.heritage_id = h.id) AS geom
  FROM intangible_heritage h;

-- Feeds of one collection's changes: the map service's caches key on them.
CREATE INDEX change_log_entity_seq_idx ON change_log (entity_type, seq);
