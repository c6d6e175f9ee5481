-- The PostgreSQL full-text query for one typed text (:q) and, optionally, a position (:lat, :lon,
-- NULL when none): matches by either configuration or by trigram word similarity of the names;
-- ranked by the best of the three, divided by a distance decay that halves at 10 km.
WITH t AS (SELECT fts_fold(:q) AS text),
     q AS (SELECT t.text, plainto_tsquery('simple', t.text) AS s, plainto_tsquery('english', t.text) AS e FROM t)
SELECT f.id, f.layer
  FROM search_fts f, q
 WHERE f.doc_simple @@ q.s OR f.doc_english @@ q.e OR q.text <% f.names_folded
 ORDER BY greatest(ts_rank(f.doc_simple, q.s), ts_rank(f.doc_english, q.e), word_similarity(q.text, f.names_folded))
          / CASE WHEN :lat IS NULL OR f.geom IS NULL THEN 1
                 ELSE 1 + ST_Distance(f.geom::geography, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography) / 10000 END DESC,
          f.id
 LIMIT 10
