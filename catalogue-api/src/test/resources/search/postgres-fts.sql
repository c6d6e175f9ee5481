-- PostgreSQL full-text search over the same records, as somebody would build it instead of an
-- index: unaccent + the simple and english text-search configurations + pg_trgm similarity on
-- names. Used side by side with the catalogue's search by the relevance evaluation and by
-- bench/search.sh. Creates the table search_fts in the current schema.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE OR REPLACE FUNCTION fts_texts(j jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT coalesce(string_agg(e.value, ' '), '') FROM jsonb_each_text(coalesce(j, '{}'::jsonb)) e $$;
-- unaccent() is only STABLE; with its dictionary named it may be declared IMMUTABLE for indexing.
CREATE OR REPLACE FUNCTION fts_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, coalesce(t, ''))) $$;

DROP TABLE IF EXISTS search_fts;
CREATE TABLE search_fts AS
SELECT 'place' AS layer, p.id, fts_texts(p.name) AS names,
       fts_texts(p.description) || ' ' || p.kind || ' ' || array_to_string(p.tags, ' ') AS body, p.public_geom AS geom
  FROM place p
UNION ALL
SELECT 'intangible-heritage', h.id, fts_texts(h.name), fts_texts(h.description) || ' ' || fts_texts(h.communities) || ' ' || h.category,
       (SELECT ST_Collect(p.public_geom) FROM intangible_heritage_place hp JOIN place p ON p.id = hp.place_id WHERE hp.heritage_id = h.id)
  FROM intangible_heritage h
UNION ALL
SELECT 'partner', t.id, fts_texts(t.name), fts_texts(t.description) || ' ' || t.type || ' ' || coalesce(t.certification_number, '') || ' '
       || coalesce((SELECT string_agg(fts_texts(pp.name), ' ') FROM partner_product pp WHERE pp.partner_id = t.id), ''), t.geom
  FROM partner t
UNION ALL
SELECT 'route', r.id, fts_texts(r.name), fts_texts(r.description) || ' ' || array_to_string(r.themes, ' '), r.geom FROM route r
UNION ALL
SELECT 'hazard', z.id, fts_texts(z.title), fts_texts(z.advice) || ' ' || replace(z.type, '_', ' '),
       CASE WHEN p.sensitivity <> 'public' THEN p.public_geom ELSE z.geom END
  FROM hazard z LEFT JOIN place p ON p.id = z.place_id
UNION ALL
SELECT 'sign', s.id, s.id || ' ' || replace(s.id, '-', ' '), fts_texts(s.text) || ' ' || s.type || ' sign', s.geom FROM sign s;

ALTER TABLE search_fts ADD COLUMN names_folded text, ADD COLUMN doc_simple tsvector, ADD COLUMN doc_english tsvector;
UPDATE search_fts SET
  names_folded = fts_fold(names),
  doc_simple = setweight(to_tsvector('simple', fts_fold(names)), 'A') || setweight(to_tsvector('simple', fts_fold(body)), 'B'),
  doc_english = setweight(to_tsvector('english', fts_fold(names)), 'A') || setweight(to_tsvector('english', fts_fold(body)), 'B');
CREATE INDEX search_fts_simple_idx ON search_fts USING gin (doc_simple);
CREATE INDEX search_fts_english_idx ON search_fts USING gin (doc_english);
CREATE INDEX search_fts_names_trgm_idx ON search_fts USING gin (names_folded gin_trgm_ops);
CREATE INDEX search_fts_geom_idx ON search_fts USING gist (geom);
ANALYZE search_fts;
