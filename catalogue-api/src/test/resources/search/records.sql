-- A small catalogue for the search tests: real names of the two parks' places, a few invented
-- records where a test needs a contrast (Làng nghề Hổ Tiến against Hồ Thang Hen), protected
-- sites, and one record of every layer. Positions in WGS 84, lon/lat.
INSERT INTO park (id, name, country, catalogued, boundary) VALUES
  ('non-nuoc-cao-bang', '{"vi": "Non nước Cao Bằng", "en": "Non nước Cao Bằng", "zh-Hans": "高平山水"}', 'VN', true,
   ST_Multi(ST_MakeEnvelope(105.7, 22.3, 106.9, 23.1, 4326))),
  ('lang-son', '{"vi": "Lạng Sơn", "en": "Lạng Sơn", "zh-Hans": "谅山"}', 'VN', true,
   ST_Multi(ST_MakeEnvelope(106.0, 21.3, 107.2, 22.3, 4326)));

INSERT INTO place (id, park_id, kind, name, description, transliterated, status, status_reason, sensitivity, geom, tags) VALUES
  ('cb-ban-gioc-waterfall', 'non-nuoc-cao-bang', 'waterfall',
   '{"vi": "Thác Bản Giốc", "en": "Bản Giốc Waterfall", "zh-Hans": "板约瀑布"}',
   '{"vi": "Thác nước lớn trên sông Quây Sơn ở huyện Trùng Khánh, ngay trên biên giới.", "en": "A large waterfall on the Quây Sơn river in Trùng Khánh district, right on the border.", "zh-Hans": "位于重庆县归春河上的大瀑布，地处边境。"}',
   '{}', 'open', NULL, 'public', ST_SetSRID(ST_MakePoint(106.7219, 22.8564), 4326), '{karst,waterfall,trung-khanh}'),
  ('cb-nguom-ngao-cave', 'non-nuoc-cao-bang', 'cave',
   '{"vi": "Động Ngườm Ngao", "en": "Ngườm Ngao Cave", "zh-Hans": "虎洞（额翱洞）"}',
   '{"vi": "Hang động đá vôi ở Trùng Khánh với nhiều nhũ đá.", "en": "A limestone show cave near Trùng Khánh with stalactites.", "zh-Hans": "重庆县的石灰岩溶洞，有许多钟乳石。"}',
   '{zh-Hans}', 'open', NULL, 'public', ST_SetSRID(ST_MakePoint(106.7033, 22.8458), 4326), '{karst,cave,trung-khanh}'),
  ('cb-thang-hen-lake', 'non-nuoc-cao-bang', 'lake',
   '{"vi": "Hồ Thang Hen", "en": "Thang Hen Lake", "zh-Hans": "塘亨湖"}',
   '{"vi": "Hồ nước giữa núi đá vôi ở Trà Lĩnh.", "en": "A lake among limestone hills in Trà Lĩnh.", "zh-Hans": "茶岭石灰岩山间的湖泊。"}',
   '{zh-Hans}', 'caution', '{"vi": "Nước dâng sau mưa.", "en": "High water after rain.", "zh-Hans": "雨后水位上涨。"}', 'public',
   ST_SetSRID(ST_MakePoint(106.2712, 22.7811), 4326), '{karst,lake}'),
  ('cb-ho-tien-village', 'non-nuoc-cao-bang', 'craft_village',
   '{"vi": "Làng nghề Hổ Tiến", "en": "Hổ Tiến craft village", "zh-Hans": "虎进手工艺村"}',
   '{"vi": "Làng rèn truyền thống.", "en": "A village of blacksmiths.", "zh-Hans": "传统打铁村。"}',
   '{zh-Hans}', 'open', NULL, 'public', ST_SetSRID(ST_MakePoint(106.5511, 22.7002), 4326), '{craft}'),
  ('ls-tam-thanh-cave', 'lang-son', 'cave',
   '{"vi": "Động Tam Thanh", "en": "Tam Thanh Cave", "zh-Hans": "三清洞"}',
   '{"vi": "Hang động trong thành phố Lạng Sơn.", "en": "A cave in Lạng Sơn city.", "zh-Hans": "谅山市内的溶洞。"}',
   '{zh-Hans}', 'open', NULL, 'public', ST_SetSRID(ST_MakePoint(106.7491, 21.8552), 4326), '{karst,cave}'),
  ('ls-keng-tao-cave', 'lang-son', 'cave',
   '{"vi": "Hang Kéng Tao", "en": "Kéng Tao Cave", "zh-Hans": "肯涛洞"}',
   '{"vi": "Hang có suối ngầm ở Bắc Sơn.", "en": "A cave with an underground stream at Bắc Sơn.", "zh-Hans": "北山有地下河的溶洞。"}',
   '{zh-Hans}', 'open', NULL, 'public', ST_SetSRID(ST_MakePoint(106.3212, 21.8934), 4326), '{karst,cave}'),
  ('cb-lang-mon-coral-fossils', 'non-nuoc-cao-bang', 'fossil_site',
   '{"vi": "Điểm hóa thạch san hô Lang Môn", "en": "Lang Môn Fossil Corals", "zh-Hans": "朗门珊瑚化石点"}',
   '{"vi": "Hóa thạch san hô cổ.", "en": "Ancient coral fossils.", "zh-Hans": "古珊瑚化石。"}',
   '{zh-Hans}', 'open', NULL, 'generalised', ST_SetSRID(ST_MakePoint(105.8712, 22.6543), 4326), '{fossils}'),
  ('ls-tham-hai-cave', 'lang-son', 'archaeological_site',
   '{"vi": "Hang Thẩm Hai", "en": "Thẩm Hai Cave", "zh-Hans": "探海洞"}',
   '{"vi": "Di chỉ khảo cổ.", "en": "An archaeological cave.", "zh-Hans": "考古洞穴。"}',
   '{zh-Hans}', 'open', NULL, 'restricted', ST_SetSRID(ST_MakePoint(106.4411, 21.9122), 4326), '{archaeology}');

INSERT INTO intangible_heritage (id, category, name, description, communities) VALUES
  ('cb-then-singing', 'performing_art', '{"vi": "Hát Then", "en": "Then singing", "zh-Hans": "天琴弹唱"}',
   '{"vi": "Nghi lễ hát Then với đàn tính của người Tày, Nùng.", "en": "Then rituals sung with the tính lute by the Tày and Nùng.", "zh-Hans": "岱依族和侬族以天琴伴奏的天曲仪式。"}',
   '{"vi": "Người Tày, Nùng", "en": "Tày and Nùng people", "zh-Hans": "岱依族、侬族"}');
INSERT INTO intangible_heritage_park VALUES ('cb-then-singing', 'non-nuoc-cao-bang');
INSERT INTO intangible_heritage_place VALUES ('cb-then-singing', 'cb-nguom-ngao-cave'), ('cb-then-singing', 'cb-lang-mon-coral-fossils');

INSERT INTO partner (id, park_id, type, sample, name, description, certification_number, geom) VALUES
  ('cb-khuoi-ky-homestay', 'non-nuoc-cao-bang', 'homestay', true,
   '{"vi": "Nhà nghỉ Khuổi Ky", "en": "Khuổi Ky Homestay", "zh-Hans": "奎基民宿"}',
   '{"vi": "Nhà sàn đá của người Tày.", "en": "A Tày stone stilt house.", "zh-Hans": "岱依族石头高脚屋。"}',
   'GP-CB-2024-017', ST_SetSRID(ST_MakePoint(106.7401, 22.8402), 4326)),
  ('cb-trung-khanh-honey', 'non-nuoc-cao-bang', 'ocop_producer', true,
   '{"vi": "Hợp tác xã ong Trùng Khánh", "en": "Trùng Khánh Bee Cooperative", "zh-Hans": "重庆蜂业合作社"}',
   NULL, 'GP-CB-2024-031', ST_SetSRID(ST_MakePoint(106.5203, 22.8301), 4326));
INSERT INTO partner_product (partner_id, position, name, origin, ocop_stars) VALUES
  ('cb-trung-khanh-honey', 1, '{"vi": "Mật ong hoa bạc hà", "en": "Mint flower honey", "zh-Hans": "薄荷花蜂蜜"}',
   '{"vi": "Cao nguyên đá", "en": "The karst uplands", "zh-Hans": "石山高原"}', 4);

INSERT INTO route (id, park_id, name, description, mode, difficulty, geometry_quality, geom) VALUES
  ('cb-ban-gioc-loop', 'non-nuoc-cao-bang', '{"vi": "Tuyến Bản Giốc – Ngườm Ngao", "en": "Bản Giốc – Ngườm Ngao trail", "zh-Hans": "板约—额翱线路"}',
   '{"vi": "Đi bộ giữa thác và hang.", "en": "A walk between the waterfall and the cave.", "zh-Hans": "瀑布与溶洞之间的步行线路。"}',
   'walk', 'easy', 'schematic', ST_SetSRID(ST_MakeLine(ST_MakePoint(106.7033, 22.8458), ST_MakePoint(106.7219, 22.8564)), 4326));
INSERT INTO route_stop VALUES ('cb-ban-gioc-loop', 1, 'cb-nguom-ngao-cave'), ('cb-ban-gioc-loop', 2, 'cb-ban-gioc-waterfall');
INSERT INTO route (id, park_id, name, mode, difficulty, geometry_quality, geom) VALUES
  ('cb-coral-walk', 'non-nuoc-cao-bang', '{"vi": "Đường mòn san hô", "en": "Coral trail", "zh-Hans": "珊瑚步道"}', 'walk', 'moderate', 'schematic',
   ST_SetSRID(ST_MakeLine(ARRAY[ST_MakePoint(105.8501, 22.6302), ST_MakePoint(105.8712, 22.6543), ST_MakePoint(105.9033, 22.6611)]), 4326));
INSERT INTO route_stop VALUES ('cb-coral-walk', 1, 'cb-lang-mon-coral-fossils');

INSERT INTO hazard (id, park_id, place_id, type, severity, status, valid_from, title, advice, geom) VALUES
  ('ls-hz-keng-tao-high-water', 'lang-son', 'ls-keng-tao-cave', 'high_water', 'high', 'seasonal', '2025-05-01',
   '{"vi": "Nước dâng trong hang Kéng Tao", "en": "High water in Kéng Tao Cave", "zh-Hans": "肯涛洞涨水"}',
   '{"vi": "Không vào hang khi trời mưa.", "en": "Do not enter the cave when it rains.", "zh-Hans": "下雨时请勿进洞。"}',
   ST_SetSRID(ST_MakePoint(106.3212, 21.8934), 4326)),
  ('cb-hz-lang-mon-rockfall', 'non-nuoc-cao-bang', 'cb-lang-mon-coral-fossils', 'rockfall', 'moderate', 'active', '2025-01-01',
   '{"vi": "Đá lở ở điểm hóa thạch", "en": "Rockfall at the fossil outcrop", "zh-Hans": "化石点落石"}',
   '{"vi": "Đội mũ bảo hiểm.", "en": "Wear a helmet.", "zh-Hans": "请戴安全帽。"}',
   ST_SetSRID(ST_MakePoint(105.8713, 22.6544), 4326));

INSERT INTO sign (id, park_id, type, condition, languages, serves_place_id, serves_hazard_id, text, geom) VALUES
  ('cb-sign-007', 'non-nuoc-cao-bang', 'warning', 'damaged', '{vi,en,zh-Hans}', 'cb-ban-gioc-waterfall', NULL,
   '{"vi": "Nước sâu, cấm bơi.", "en": "Deep water, no swimming.", "zh-Hans": "水深，禁止游泳。"}',
   ST_SetSRID(ST_MakePoint(106.7221, 22.8561), 4326)),
  ('cb-sign-012', 'non-nuoc-cao-bang', 'interpretation', 'good', '{vi,en}', 'cb-lang-mon-coral-fossils', NULL,
   '{"vi": "Hóa thạch san hô Lang Môn.", "en": "Lang Môn coral fossils."}',
   ST_SetSRID(ST_MakePoint(105.8712, 22.6543), 4326));
