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

    final GeodataFiles files = new GeodataFiles(GEODATA);

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
        // No tolerance: a point on the wrong side of the park's own line is either a wrong point or
        // a wrong line, and one of them is fixed in the data.
        assertThat(jdbc.queryForList("""
                SELECT p.id FROM place p JOIN park k ON k.id = p.park_id
                 WHERE p.outside_park IS NULL AND NOT ST_Covers(k.boundary, p.geom)""", String.class)).isEmpty();
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
    void eachVietnameseParkHasAtLeast38PlacesNarratedInAllThreeLanguages() {
        for (String park : List.of("non-nuoc-cao-bang", "lang-son")) {
            long narrated = jdbc.queryForObject("""
                    SELECT count(*) FROM (SELECT n.place_id FROM narration n JOIN place p ON p.id = n.place_id
                     WHERE p.park_id = ? GROUP BY n.place_id HAVING array_agg(n.language) @> ARRAY['vi', 'en', 'zh-Hans']) x""",
                    Long.class, park);
            assertThat(narrated).as("places of " + park + " narrated in vi, en and zh-Hans").isGreaterThanOrEqualTo(38);
        }
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
        // A protected stop is served from the edge of its generalisation: the line is cut there
        // (see the next rule), so it comes within 1,500 m instead of 300 m.
        assertThat(jdbc.queryForList("""
                SELECT s.route_id || ' stop ' || s.position || ' (' || s.place_id || ')'
                  FROM route_stop s JOIN route r ON r.id = s.route_id JOIN place p ON p.id = s.place_id
                 WHERE NOT ST_DWithin(r.geom::geography, p.geom::geography,
                                      CASE WHEN p.sensitivity = 'public' THEN 300 ELSE 1500 END)""", String.class)).isEmpty();
    }

    /**
     * A vertex on a fossil or archaeological site would publish the position that the catalogue
     * generalises to a 0.01° grid (about 1 km): no route vertex may lie within 1,000 m of one; a
     * route that passes such a site is cut there (a MultiLineString with a gap).
     */
    @Test
    void noRouteVertexGivesAwayAProtectedSite() {
        assertThat(jdbc.queryForList("""
                SELECT DISTINCT r.id || ' near ' || p.id
                  FROM route r CROSS JOIN LATERAL ST_DumpPoints(r.geom) v
                  JOIN place p ON p.sensitivity <> 'public' AND ST_DWithin(v.geom::geography, p.geom::geography, 1000)""",
                String.class)).isEmpty();
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

    // ---------------------------------------------------------------------------------------------
    // Rules checked on the files themselves: what they state that the catalogue does not store yet
    // (per-source positions, notes, seasons, licences), or that spans several files.

    /**
     * Each place's point is as good as its precision says: within that radius of every source that
     * positions the thing itself; `±100 m` or better only with such a source, and then with all such
     * sources agreeing within 200 m; a place that no source positions itself (only its village,
     * commune or district) says `±1 km` or coarser and carries the tag `to-be-surveyed`.
     */
    @Test
    void everyPlaceIsWhereItsSourcesPutItWithThePrecisionTheyAllow() {
        List<GeodataFiles.Place> places = files.places();
        Map<String, List<GeodataFiles.SourcePosition>> bySource = new HashMap<>();
        files.positions().forEach(sp -> bySource.computeIfAbsent(sp.place(), k -> new ArrayList<>()).add(sp));
        Set<String> placeIds = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (GeodataFiles.Place place : places) {
            placeIds.add(place.id());
            Double radius = GeodataFiles.radius(place.precision());
            List<GeodataFiles.SourcePosition> positions = bySource.getOrDefault(place.id(), List.of());
            if (radius == null) {
                wrong.add(place.id() + ": position_precision " + place.precision() + " is not a radius");
                continue;
            }
            if (positions.isEmpty()) {
                wrong.add(place.id() + ": no source position in " + GeodataFiles.POSITIONS);
                continue;
            }
            List<GeodataFiles.SourcePosition> itself = positions.stream().filter(GeodataFiles.SourcePosition::itself).toList();
            for (GeodataFiles.SourcePosition sp : itself.isEmpty() ? positions : itself) {
                double d = GeodataFiles.metres(place.lon(), place.lat(), sp.lon(), sp.lat());
                if (d > radius) {
                    wrong.add(place.id() + ": " + Math.round(d) + " m from " + sp.source() + "'s position, beyond its " + place.precision());
                }
                if (!toList(place.properties().path("source")).contains(sp.source())) {
                    wrong.add(place.id() + ": its position comes from " + sp.source() + ", which its `source` does not name");
                }
            }
            if (radius <= 100 && itself.isEmpty()) {
                wrong.add(place.id() + ": claims " + place.precision() + " with no source that positions the place itself");
            }
            if (radius <= 100) {
                for (GeodataFiles.SourcePosition a : itself) {
                    for (GeodataFiles.SourcePosition b : itself) {
                        double d = GeodataFiles.metres(a.lon(), a.lat(), b.lon(), b.lat());
                        if (!a.source().equals(b.source()) && d > 200 && a.source().compareTo(b.source()) < 0) {
                            wrong.add(place.id() + ": " + a.source() + " and " + b.source() + " disagree by " + Math.round(d) + " m, too much for " + place.precision());
                        }
                    }
                }
            }
            boolean toBeSurveyed = place.tagged("to-be-surveyed");
            if (itself.isEmpty() && !toBeSurveyed) {
                wrong.add(place.id() + ": no source positions the place itself, so it is tagged to-be-surveyed");
            }
            if (toBeSurveyed && radius < 1_000) {
                wrong.add(place.id() + ": to be surveyed, yet claims " + place.precision() + " (±1 km or coarser)");
            }
        }
        bySource.keySet().stream().filter(id -> !placeIds.contains(id))
                .forEach(id -> wrong.add(GeodataFiles.POSITIONS + " names " + id + ", which is no place"));
        assertThat(wrong).isEmpty();
    }

    /**
     * A public place beside a protected one would point at it: the service generalises what is
     * about or beside a protected site (signs, hazards, routes) but publishes places as their own
     * sensitivity says, so the dataset keeps public places 1,000 m clear of protected ones.
     */
    @Test
    void noPublicPlaceStandsBesideAProtectedOne() {
        List<String> close = new ArrayList<>();
        for (GeodataFiles.Place protectedPlace : files.places()) {
            if (!protectedPlace.isProtected()) {
                continue;
            }
            for (GeodataFiles.Place other : files.places()) {
                double metres = GeodataFiles.metres(protectedPlace.lon(), protectedPlace.lat(), other.lon(), other.lat());
                if (!other.isProtected() && metres < 1000) {
                    close.add(other.id() + " is " + Math.round(metres) + " m from the protected " + protectedPlace.id());
                }
            }
        }
        assertThat(close).isEmpty();
    }

    /** Two records at one point are two names for one spot, or one of them is misplaced; the first must say so. */
    @Test
    void noTwoPlacesShareAPointUnlessTheySayTheyAreTheSameSpot() {
        List<GeodataFiles.Place> places = files.places();
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            for (int j = i + 1; j < places.size(); j++) {
                GeodataFiles.Place a = places.get(i);
                GeodataFiles.Place b = places.get(j);
                if (GeodataFiles.metres(a.lon(), a.lat(), b.lon(), b.lat()) < 25
                        && (a.properties().path("position_note").asText("").isBlank() || b.properties().path("position_note").asText("").isBlank())) {
                    shared.add(a.id() + " and " + b.id() + " share a point without a position_note on each");
                }
            }
        }
        assertThat(shared).isEmpty();
    }

    /** Every place gives its address in today's units (no district) in three languages and keeps its former names. */
    @Test
    void everyPlaceHasACurrentAddressAndItsFormerNames() {
        java.util.regex.Pattern abolished = java.util.regex.Pattern.compile(
                "(?iu)\\b(huyện|thị trấn|thị xã|thành phố [^,]+, tỉnh|district|town of|county)\\b|[县区镇]");
        List<String> wrong = new ArrayList<>();
        for (GeodataFiles.Place place : files.places()) {
            for (String language : List.of("vi", "en", "zh-Hans")) {
                String address = place.text("address", language);
                if (address == null || address.isBlank()) {
                    wrong.add(place.id() + ": no address in " + language);
                } else if (place.properties().path("outside_park").isMissingNode() && abolished.matcher(address).find()) {
                    wrong.add(place.id() + ": address in " + language + " names a unit abolished on 1 July 2025: " + address);
                }
            }
            JsonNode aliases = place.properties().path("aliases");
            if (!aliases.isArray() || aliases.isEmpty()) {
                wrong.add(place.id() + ": aliases (former names, the pre-2025 address) missing");
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A seasonal hazard recurs each year between two local dates; it has no end, and its first season is its start. */
    @Test
    void seasonalHazardsHaveAYearlySeason() {
        java.util.regex.Pattern monthDay = java.util.regex.Pattern.compile("(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])");
        List<String> wrong = new ArrayList<>();
        for (String file : GeodataFiles.HAZARD_FILES) {
            for (JsonNode h : files.features(file)) {
                JsonNode p = h.path("properties");
                String id = h.path("id").asText();
                boolean seasonal = p.path("status").asText().equals("seasonal");
                for (String field : List.of("season_start", "season_end")) {
                    String value = p.path(field).asText(null);
                    if (seasonal && (value == null || !monthDay.matcher(value).matches() || !isDayOfYear(value))) {
                        wrong.add(id + ": " + field + " must be a day of the year as MM-DD, not " + value);
                    }
                    if (!seasonal && value != null) {
                        wrong.add(id + ": " + field + " on a hazard that is not seasonal");
                    }
                }
                if (seasonal && p.has("valid_until")) {
                    wrong.add(id + ": a seasonal hazard recurs until resolved; valid_until ends it after one season");
                }
                if (seasonal && !p.has("valid_from")) {
                    wrong.add(id + ": valid_from (the first season known) missing");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void chineseNamesHaveNoLatinLetters() {
        List<String> wrong = new ArrayList<>();
        for (String file : GeodataFiles.NAMED_FILES) {
            for (JsonNode f : files.features(file)) {
                String name = f.path("properties").path("name").path("zh-Hans").asText("");
                if (name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
                    wrong.add(file + " " + f.path("id").asText() + ": " + name);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * One Chinese name per place: no two places share one, and the narration and the naming signs
     * of a place use the name the place has (its part before any bracket or qualifier).
     */
    @Test
    void everyPlaceHasOneChineseNameAcrossTheFiles() {
        Map<String, String> names = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        Map<String, String> byName = new HashMap<>();
        for (GeodataFiles.Place place : files.places()) {
            String name = place.text("name", "zh-Hans");
            names.put(place.id(), chineseCore(name));
            String other = byName.put(name, place.id());
            if (other != null) {
                wrong.add(place.id() + " and " + other + " share the Chinese name " + name);
            }
        }
        for (Map<String, Object> n : files.narrations()) {
            String core = names.get(String.valueOf(n.get("place")));
            Object zh = n.get("narrations") instanceof Map<?, ?> m ? m.get("zh-Hans") : null;
            if (core != null && zh instanceof Map<?, ?> script) {
                if (!String.valueOf(script.get("title")).contains(core) || !String.valueOf(script.get("script")).contains(core)) {
                    wrong.add(n.get("place") + ": the Chinese narration does not call the place " + core);
                }
            }
        }
        for (String file : GeodataFiles.SIGN_FILES) {
            for (var sign : files.csv(file)) {
                String core = names.get(sign.get("serves_place"));
                boolean naming = sign.get("type").equals("interpretation") || sign.get("type").equals("direction");
                if (core != null && naming && !sign.get("text_zh_hans").contains(core)) {
                    wrong.add(sign.get("id") + ": its Chinese text does not call " + sign.get("serves_place") + " " + core);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** One register in Chinese: the visitor is 您 in every script, description, advice and sign, never 你. */
    @Test
    void chineseTextsAddressTheVisitorAsNin() {
        List<String> wrong = new ArrayList<>();
        for (Map<String, Object> n : files.narrations()) {
            if (n.get("narrations") instanceof Map<?, ?> scripts && scripts.get("zh-Hans") instanceof Map<?, ?> zh
                    && (String.valueOf(zh.get("script")) + zh.get("title")).contains("你")) {
                wrong.add(n.get("place") + ": narration");
            }
        }
        for (String file : List.of("layers/cao-bang/places.geojson", "sources/lang-son-places.wgs84.geojson", "layers/cao-bang/hazards.geojson",
                "layers/lang-son/hazards.geojson", "layers/cao-bang/routes.geojson", "layers/lang-son/routes.geojson")) {
            for (JsonNode f : files.features(file)) {
                for (String field : List.of("description", "accessibility", "advice", "status_reason")) {
                    if (f.path("properties").path(field).path("zh-Hans").asText("").contains("你")) {
                        wrong.add(f.path("id").asText() + ": " + field);
                    }
                }
            }
        }
        for (String file : GeodataFiles.SIGN_FILES) {
            files.csv(file).stream().filter(r -> r.get("text_zh_hans").contains("你")).forEach(r -> wrong.add(r.get("id") + ": sign"));
        }
        assertThat(wrong).isEmpty();
    }

    /** Every source has a licence (or says it gives facts only), and every key a record cites is a source. */
    @Test
    void everySourceHasALicenceAndEveryCitedKeyIsASource() {
        Map<String, String> licences = files.sourceLicences();
        List<String> wrong = new ArrayList<>();
        licences.forEach((key, licence) -> {
            if (licence.isBlank() || licence.equals("–") || licence.equals("-")) {
                wrong.add(key + ": no licence");
            }
        });
        Set<String> cited = new HashSet<>();
        for (String file : List.of("layers/parks.geojson", "layers/cao-bang/places.geojson", "sources/lang-son-places.wgs84.geojson",
                "layers/cao-bang/routes.geojson", "layers/lang-son/routes.geojson", "layers/cao-bang/hazards.geojson",
                "layers/lang-son/hazards.geojson", "layers/intangible-heritage.geojson", "layers/partners.geojson")) {
            files.features(file).forEach(f -> cited.addAll(toList(f.path("properties").path("source"))));
        }
        for (String file : GeodataFiles.SIGN_FILES) {
            files.csv(file).forEach(r -> cited.addAll(List.of(r.get("source").split(";"))));
        }
        files.narrations().forEach(n -> {
            if (n.get("source") instanceof List<?> l) {
                l.forEach(k -> cited.add(String.valueOf(k)));
            }
        });
        files.positions().forEach(sp -> cited.add(sp.source()));
        cited.stream().filter(k -> !licences.containsKey(k)).sorted().forEach(k -> wrong.add(k + ": cited but not in SOURCES.md"));
        assertThat(wrong).isEmpty();
    }

    /**
     * A protected site's texts never lead a reader to it: no distances, no compass bearings with a
     * figure, in its description, accessibility, status reason, narration scripts and signs.
     */
    @Test
    void protectedSitesAreDescribedWithoutDistancesOrDirections() {
        Set<String> protectedIds = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (GeodataFiles.Place place : files.places()) {
            if (!place.isProtected()) {
                continue;
            }
            protectedIds.add(place.id());
            for (String field : List.of("description", "accessibility", "status_reason", "address")) {
                for (String language : List.of("vi", "en", "zh-Hans")) {
                    DistancePhrases.in(language, place.text(field, language))
                            .forEach(phrase -> wrong.add(place.id() + " " + field + " (" + language + "): \"" + phrase + "\""));
                }
            }
            String note = place.properties().path("position_note").asText(null);
            DistancePhrases.in("en", note).forEach(phrase -> wrong.add(place.id() + " position_note: \"" + phrase + "\""));
        }
        for (Map<String, Object> n : files.narrations()) {
            if (protectedIds.contains(String.valueOf(n.get("place"))) && n.get("narrations") instanceof Map<?, ?> scripts) {
                scripts.forEach((language, script) -> {
                    if (script instanceof Map<?, ?> s) {
                        DistancePhrases.in(String.valueOf(language), String.valueOf(s.get("script")))
                                .forEach(phrase -> wrong.add(n.get("place") + " narration (" + language + "): \"" + phrase + "\""));
                    }
                });
            }
        }
        for (String file : GeodataFiles.SIGN_FILES) {
            for (var sign : files.csv(file)) {
                if (protectedIds.contains(sign.get("serves_place"))) {
                    for (String[] column : new String[][] {{"vi", "text_vi"}, {"en", "text_en"}, {"zh-Hans", "text_zh_hans"}}) {
                        DistancePhrases.in(column[0], sign.get(column[1]))
                                .forEach(phrase -> wrong.add(sign.get("id") + " (" + column[0] + "): \"" + phrase + "\""));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The part of a Chinese name that every mention must carry: before a bracket, a middle dot or a dash. */
    private static String chineseCore(String name) {
        return name.split("[（(·—]")[0].trim();
    }

    private static boolean isDayOfYear(String monthDay) {
        try {
            java.time.MonthDay.parse("--" + monthDay);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static List<String> toList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private long count(String tableAndCondition) {
        return jdbc.queryForObject("SELECT count(*) FROM " + tableAndCondition, Long.class);
    }
}
