-- :records synthetic places for the search benchmark, added to the real ones in one transaction
-- with their change-log entries (as every writer of the catalogue leaves them), so that a
-- running service follows them. Names are made of the parks' own syllables in Vietnamese (with
-- diacritics), the same folded in English, and Chinese characters: "Hang Bản Nà 17",
-- "Ban Na Cave 17", "板那洞17". Positions are spread over both parks. Reproducible.
BEGIN;
SELECT setseed(0.13);
WITH s AS (
  SELECT ARRAY['Bản','Nà','Khuổi','Pác','Lũng','Phja','Thẩm','Kéng','Nặm','Cốc','Bó','Mỏ','Tà','Lạn','Slam','Vằng','Thâm','Pò','Rọ','Hồng'] AS vi,
         ARRAY['板','那','奎','北','陇','碧','探','肯','南','谷','坡','莫','岔','兰','三','王','深','波','罗','红'] AS zh,
         ARRAY['Điểm địa chất','Hang','Thác','Hồ','Núi','Di tích','Chùa','Làng','Điểm ngắm cảnh','Nhà trưng bày'] AS kind_vi,
         ARRAY['Geosite','Cave','Waterfall','Lake','Mountain','Relic','Pagoda','Village','Viewpoint','Museum'] AS kind_en,
         ARRAY['地质点','洞','瀑布','湖','山','遗址','寺','村','观景台','展览馆'] AS kind_zh,
         ARRAY['geosite','cave','waterfall','lake','landform','historical_relic','religious_site','craft_village','viewpoint','information_centre'] AS kind),
g AS (
  SELECT i, 1 + i % 10 AS k, 1 + (i / 10) % 20 AS a, 1 + (i / 200) % 20 AS b, i / 4000 AS n FROM generate_series(1, :records) i)
INSERT INTO place (id, park_id, kind, name, description, geom)
SELECT 'bench-' || lpad(g.i::text, 6, '0'),
       CASE WHEN g.i % 2 = 0 THEN 'non-nuoc-cao-bang' ELSE 'lang-son' END,
       s.kind[g.k],
       jsonb_build_object(
         'vi', s.kind_vi[g.k] || ' ' || s.vi[g.a] || ' ' || s.vi[g.b] || ' ' || g.i,
         'en', public.unaccent(s.vi[g.a] || ' ' || s.vi[g.b]) || ' ' || s.kind_en[g.k] || ' ' || g.i,
         'zh-Hans', s.zh[g.a] || s.zh[g.b] || s.kind_zh[g.k] || g.i),
       jsonb_build_object(
         'vi', s.kind_vi[g.k] || ' thử nghiệm số ' || g.i || ' ở vùng núi đá vôi.',
         'en', 'Benchmark ' || lower(s.kind_en[g.k]) || ' number ' || g.i || ' in the limestone hills.',
         'zh-Hans', '石灰岩山区的测试' || s.kind_zh[g.k] || '，编号' || g.i || '。'),
       CASE WHEN g.i % 2 = 0 THEN ST_SetSRID(ST_MakePoint(105.8 + random() * 1.0, 22.4 + random() * 0.55), 4326)
            ELSE ST_SetSRID(ST_MakePoint(106.1 + random() * 1.0, 21.45 + random() * 0.75), 4326) END
  FROM g, s;
INSERT INTO change_log (entity_type, entity_id, operation, park_id)
SELECT 'place', id, 'create', park_id FROM place WHERE id LIKE 'bench-%';
COMMIT;
