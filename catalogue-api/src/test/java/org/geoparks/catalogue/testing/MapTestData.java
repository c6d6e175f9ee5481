package org.geoparks.catalogue.testing;

import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.park.ParkFixtures;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceFixtures;
import org.geoparks.catalogue.place.PlaceKind;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.testing.Fixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/** A park with a few hundred places on a grid, a fossil site, and hazards past, present and future. */
public final class MapTestData {

    public static final int GRID = 15; // 15 × 15 = 225 places

    private MapTestData() {
    }

    public static void load(ParkService parks, PlaceService places, JdbcTemplate jdbc) {
        ImportOptions options = ImportOptions.keepEdits("test");
        parks.importOne(new ImportKey("test", "park"), ParkFixtures.caoBang(), options);
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                String id = "cb-grid-%02d-%02d".formatted(i, j);
                places.importOne(new ImportKey("test", id), PlaceFixtures.place(id, (i + j) % 3 == 0 ? PlaceKind.CAVE : PlaceKind.VIEWPOINT,
                        Fixtures.trilingual("Điểm " + id, "Point " + id, "地点 " + id), Fixtures.point(106.31 + i * 0.04, 22.51 + j * 0.03),
                        Map.of("tags", List.of("grid"))), options);
            }
        }
        places.importOne(new ImportKey("test", "fossil"), PlaceFixtures.place("cb-secret-fossils", PlaceKind.FOSSIL_SITE,
                Fixtures.trilingual("Hóa thạch", "Fossils", "化石"), Fixtures.point(106.723456, 22.853456),
                Map.of("sensitivity", "generalised", "position_precision", "surveyed")), options);
        jdbc.update("""
                INSERT INTO hazard (id, park_id, place_id, type, severity, status, valid_from, valid_until, title, advice, geom)
                VALUES ('cb-hazard-now', 'non-nuoc-cao-bang', NULL, 'high_water', 'high', 'active', now() - interval '1 day', NULL,
                        '{"en": "High water", "vi": "Nước dâng", "zh-Hans": "涨水"}', '{"en": "Stay out"}', ST_SetSRID(ST_MakePoint(106.7, 22.8), 4326)),
                       ('cb-hazard-past', 'non-nuoc-cao-bang', NULL, 'rockfall', 'moderate', 'active', '2020-01-01', '2020-02-01',
                        '{"en": "Rockfall"}', '{"en": "Keep away"}', ST_SetSRID(ST_MakePoint(106.6, 22.7), 4326)),
                       ('cb-hazard-resolved', 'non-nuoc-cao-bang', NULL, 'landslide', 'low', 'resolved', now() - interval '2 day', NULL,
                        '{"en": "Old landslide"}', '{"en": "Cleared"}', ST_SetSRID(ST_MakePoint(106.5, 22.6), 4326))""");
    }
}
