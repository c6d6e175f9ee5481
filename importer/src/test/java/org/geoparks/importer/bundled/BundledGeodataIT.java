package org.geoparks.importer.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geoparks.catalogue.CatalogueApplication;
import org.geoparks.catalogue.testing.PostgisTest;
import org.geoparks.importer.crs.Reprojector;
import org.geoparks.importer.crs.SourceCrs;
import org.geoparks.importer.run.ImportReport;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.Formats;
import org.geoparks.importer.source.ReadOptions;
import org.geoparks.importer.source.SourceFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bundled dataset, loaded through the importer as {@code ./catalogue run} loads it, and
 * checked: geometries valid, places inside their park, names in three languages, narrations
 * complete, route stops on their routes, ids unique, and the VN-2000 layer where the sources
 * put it.
 */
@PostgisTest
@SpringBootTest(classes = CatalogueApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundledGeodataIT {

    static final Path GEODATA = Path.of("..", "geodata");

    @Autowired
    BundledGeodataLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Formats formats;

    @Autowired
    Reprojector reprojector;

    List<ImportReport> firstLoad;

    @BeforeAll
    void load() throws Exception {
        firstLoad = loader.load(null); // from the packaged geodata jar, as the service does
    }

    @Test
    void everyFileLoadsWithoutARejectedRecord() {
        assertThat(firstLoad).isNotEmpty().allSatisfy(report -> {
            assertThat(report.getResult()).as(report.toText()).isEqualTo(ImportReport.Result.COMMITTED);
            assertThat(report.getRejected()).as(report.toText()).isZero();
        });
    }

    @Test
    void aSecondLoadAddsNothing() throws Exception {
        long changes = count("change_log");
        List<ImportReport> again = loader.load(null);
        assertThat(again).allSatisfy(report -> assertThat(report.changedNothing()).as(report.toText()).isTrue());
        assertThat(count("change_log")).isEqualTo(changes);
    }

    @Test
    void theDatasetHasWhatTheParksNeed() {
        assertThat(count("park")).isGreaterThanOrEqualTo(5);
        assertThat(count("place")).isGreaterThanOrEqualTo(50);
        assertThat(jdbc.queryForList("SELECT DISTINCT kind FROM place", String.class))
                .as("every kind of place").hasSize(12);
        assertThat(count("intangible_heritage")).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT min(n) FROM (SELECT count(*) n FROM route WHERE park_id IN ('non-nuoc-cao-bang', 'lang-son') GROUP BY park_id) x", Long.class))
                .as("routes per park").isGreaterThanOrEqualTo(4);
        assertThat(count("hazard")).isGreaterThanOrEqualTo(10);
        assertThat(count("sign")).isGreaterThanOrEqualTo(20);
        assertThat(jdbc.queryForList("SELECT DISTINCT type FROM partner", String.class)).as("every partner type").hasSize(7);
        assertThat(count("partner WHERE NOT sample")).as("no partner is presented as a real business").isZero();
    }

    @Test
    void theHazardsUnescoRecommendedAreThere() {
        assertThat(count("hazard WHERE type = 'high_water' AND place_id = 'ls-keng-tao-cave'")).isPositive();
        assertThat(count("hazard WHERE type = 'rockfall' AND place_id = 'ls-tham-khuyen-tham-hai-caves'")).isPositive();
        assertThat(count("hazard WHERE type = 'railway_crossing'")).isPositive();
    }

    @Test
    void everyGeometryIsValid() {
        for (String table : List.of("park:boundary", "place:geom", "route:geom", "hazard:geom", "sign:geom", "partner:geom")) {
            String[] t = table.split(":");
            assertThat(jdbc.queryForList("SELECT id FROM " + t[0] + " WHERE " + t[1] + " IS NOT NULL AND NOT ST_IsValid(" + t[1] + ")", String.class))
                    .as("invalid geometries in " + t[0]).isEmpty();
        }
    }

    @Test
    void everyPlaceLiesInsideItsParkUnlessItSaysWhyNot() {
        // Bản Giốc's published point lies 36 m beyond the district line that approximates the
        // border it straddles; 100 m is the tolerance of a ±100 m point against that line.
        assertThat(jdbc.queryForList("""
                SELECT p.id FROM place p JOIN park k ON k.id = p.park_id
                 WHERE p.outside_park IS NULL
                   AND NOT ST_DWithin(k.boundary::geography, p.geom::geography, 100)""", String.class)).isEmpty();
    }

    @Test
    void everyNameIsInVietnameseEnglishAndChinese() {
        for (String table : List.of("park", "place", "route", "intangible_heritage", "partner")) {
            assertThat(jdbc.queryForList("SELECT id FROM " + table + " WHERE NOT (name ?& ARRAY['vi', 'en', 'zh-Hans'])", String.class))
                    .as("names missing a language in " + table).isEmpty();
        }
        assertThat(jdbc.queryForList("SELECT id FROM hazard WHERE NOT (title ?& ARRAY['vi', 'en', 'zh-Hans']) OR NOT (advice ?& ARRAY['vi', 'en', 'zh-Hans'])", String.class))
                .as("hazard texts missing a language").isEmpty();
    }

    @Test
    void atLeast38PlacesAreNarratedInAllThreeLanguages() {
        long narrated = jdbc.queryForObject("""
                SELECT count(*) FROM (SELECT place_id FROM narration WHERE place_id IS NOT NULL GROUP BY place_id
                 HAVING array_agg(language) @> ARRAY['vi', 'en', 'zh-Hans']) x""", Long.class);
        assertThat(narrated).isGreaterThanOrEqualTo(38);
        assertThat(jdbc.queryForList("SELECT DISTINCT park_id FROM place WHERE id IN (SELECT place_id FROM narration)", String.class))
                .as("narrations in both parks").contains("non-nuoc-cao-bang", "lang-son");
    }

    @Test
    void narrationScriptsHaveTheLengthOfAGuidedStop() {
        List<String> wrong = new ArrayList<>();
        jdbc.query("SELECT id, language, script FROM narration", rs -> {
            String script = rs.getString("script");
            String language = rs.getString("language");
            int length = language.startsWith("zh") ? script.replaceAll("[\\s\\p{Punct}，。、；：？！“”‘’（）《》—…·]", "").length()
                    : script.trim().split("\\s+").length;
            boolean ok = language.startsWith("zh") ? length >= 200 && length <= 500 : length >= 120 && length <= 250;
            if (!ok) {
                wrong.add(rs.getString("id") + ": " + length + (language.startsWith("zh") ? " characters" : " words"));
            }
        });
        assertThat(wrong).as("vi/en 120–250 words, zh 200–500 characters").isEmpty();
    }

    @Test
    void routeStopsExistAndLieWithin300MetresOfTheirRoute() {
        assertThat(jdbc.queryForList("""
                SELECT s.route_id || ' stop ' || s.position || ' (' || s.place_id || ')'
                  FROM route_stop s JOIN route r ON r.id = s.route_id JOIN place p ON p.id = s.place_id
                 WHERE NOT ST_DWithin(r.geom::geography, p.geom::geography, 300)""", String.class)).isEmpty();
    }

    @Test
    void idsAreUniqueAcrossTheDataset() {
        assertThat(jdbc.queryForList("""
                SELECT id FROM (SELECT id FROM park UNION ALL SELECT id FROM place UNION ALL SELECT id FROM route
                 UNION ALL SELECT id FROM hazard UNION ALL SELECT id FROM sign UNION ALL SELECT id FROM partner
                 UNION ALL SELECT id FROM intangible_heritage) ids GROUP BY id HAVING count(*) > 1""", String.class)).isEmpty();
    }

    @Test
    void everyRecordNamesItsSources() {
        for (String table : List.of("park", "place", "route", "hazard", "sign", "partner", "intangible_heritage")) {
            assertThat(count(table + " WHERE cardinality(sources) = 0")).as("records without a source in " + table).isZero();
        }
    }

    /** The VN-2000 GeoPackage, reprojected by the importer, lands where the WGS 84 source puts each place. */
    @Test
    void theVn2000LayerMatchesItsWgs84SourceWithinTwoMetres() throws Exception {
        Map<String, double[]> reference = new HashMap<>();
        JsonNode source = new ObjectMapper().readTree(Files.readString(GEODATA.resolve("sources/lang-son-places.wgs84.geojson")));
        source.path("features").forEach(f -> reference.put(f.path("id").asText(),
                new double[] {f.path("geometry").path("coordinates").get(0).asDouble(), f.path("geometry").path("coordinates").get(1).asDouble()}));
        Path gpkg = GEODATA.resolve("layers/lang-son/places.vn2000.gpkg");
        List<String> far = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (FeatureReader reader = formats.forFile(gpkg, null).open(gpkg, ReadOptions.defaults())) {
            SourceCrs crs = reader.declaredCrs().orElseThrow();
            assertThat(reprojector.describe(crs)).contains("3405");
            for (SourceFeature f = reader.next(); f != null; f = reader.next()) {
                String id = String.valueOf(f.attributes().get("ma_diem"));
                seen.add(id);
                var p = reprojector.toWgs84(f.geometry(), crs).getCoordinate();
                double[] r = reference.get(id);
                double metres = jdbc.queryForObject("SELECT ST_Distance(ST_MakePoint(?, ?)::geography, ST_MakePoint(?, ?)::geography)",
                        Double.class, p.x, p.y, r[0], r[1]);
                if (metres > 2.0) {
                    far.add(id + " " + metres + " m");
                }
            }
        }
        assertThat(seen).isEqualTo(reference.keySet());
        assertThat(far).isEmpty();
    }

    private long count(String tableAndCondition) {
        return jdbc.queryForObject("SELECT count(*) FROM " + tableAndCondition, Long.class);
    }
}
