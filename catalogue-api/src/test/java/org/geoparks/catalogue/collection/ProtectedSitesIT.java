package org.geoparks.catalogue.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geoparks.catalogue.hazard.HazardFixtures;
import org.geoparks.catalogue.hazard.HazardService;
import org.geoparks.catalogue.hazard.HazardStatus;
import org.geoparks.catalogue.park.ParkFixtures;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceFixtures;
import org.geoparks.catalogue.place.PlaceKind;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.route.RouteFixtures;
import org.geoparks.catalogue.route.RouteService;
import org.geoparks.catalogue.sign.SignDraft;
import org.geoparks.catalogue.sign.SignFixtures;
import org.geoparks.catalogue.sign.SignService;
import org.geoparks.catalogue.testing.Accounts;
import org.geoparks.catalogue.testing.Fixtures;
import org.geoparks.catalogue.testing.PostgisTest;
import org.geoparks.catalogue.testing.VectorTileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An anonymous client walks every collection, every encoding, the tiles and bounding boxes around
 * each protected site's true position, and finds nothing closer to it than the site's own
 * generalised point, or nothing at all for a restricted site: not through the signs that serve
 * it, the hazards at it, the routes through it, their stops, nor the records that merely lie near.
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtectedSitesIT {

    /** What nothing published may come closer to than its generalised point, in metres. */
    static final double CLEARANCE_M = 1000;

    record Site(String id, double lon, double lat, double[] publicPoint) {
    }

    static final Site FOSSILS = new Site("cb-coral-fossils", 106.723456, 22.853456, new double[] {106.72, 22.85});
    static final Site DIGGING = new Site("cb-old-digging", 106.764321, 22.872345, null);
    static final List<Site> SITES = List.of(FOSSILS, DIGGING);

    @LocalServerPort
    int port;
    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    SignService signs;
    @Autowired
    HazardService hazards;
    @Autowired
    RouteService routes;
    @Autowired
    Collections collections;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    org.geoparks.catalogue.operator.ApiKeys apiKeys;
    @Autowired
    org.geoparks.catalogue.itinerary.RouteDocuments routeDocuments;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void protectedSitesAndWhatPointsAtThem() {
        ImportOptions options = ImportOptions.keepEdits("test");
        parks.importOne(key("park"), ParkFixtures.caoBang(), options);
        places.importOne(key("fossils"), PlaceFixtures.place(FOSSILS.id(), PlaceKind.FOSSIL_SITE, Fixtures.trilingual("San hô", "Corals", "珊瑚"),
                Fixtures.point(FOSSILS.lon(), FOSSILS.lat()), Map.of("sensitivity", "generalised", "position_precision", "surveyed")), options);
        places.importOne(key("digging"), PlaceFixtures.place(DIGGING.id(), PlaceKind.ARCHAEOLOGICAL_SITE, Fixtures.trilingual("Hố", "Dig", "遗址"),
                Fixtures.point(DIGGING.lon(), DIGGING.lat()), Map.of("sensitivity", "restricted", "position_precision", "surveyed")), options);
        places.importOne(key("view"), PlaceFixtures.place("cb-view", PlaceKind.VIEWPOINT, Fixtures.trilingual("Đỉnh", "View", "观景"),
                Fixtures.point(106.70, 22.80), Map.of()), options);
        places.importOne(key("cave"), PlaceFixtures.place("cb-far-cave", PlaceKind.CAVE, Fixtures.trilingual("Hang", "Cave", "洞"),
                Fixtures.point(106.76, 22.83), Map.of()), options);
        hazards.importOne(key("h1"), HazardFixtures.highWater("cb-rockfall-at-fossils", FOSSILS.id(), HazardStatus.ACTIVE,
                java.time.Instant.parse("2024-01-01T00:00:00Z"), null), options);
        jdbc.update("UPDATE hazard SET geom = ST_Buffer(ST_SetSRID(ST_MakePoint(?, ?), 4326), 0.002) WHERE id = 'cb-rockfall-at-fossils'",
                FOSSILS.lon(), FOSSILS.lat());
        hazards.importOne(key("h2"), HazardFixtures.highWater("cb-path-past-the-dig", null, HazardStatus.ACTIVE,
                java.time.Instant.parse("2024-01-01T00:00:00Z"), null), options);
        jdbc.update("UPDATE hazard SET geom = ST_MakeLine(ST_SetSRID(ST_MakePoint(106.74, 22.872345), 4326), ST_SetSRID(ST_MakePoint(106.79, 22.872345), 4326))"
                + " WHERE id = 'cb-path-past-the-dig'");
        signs.importOne(key("s1"), sign("cb-sign-at-fossils", FOSSILS.id(), FOSSILS.lon(), FOSSILS.lat()), options);
        signs.importOne(key("s2"), sign("cb-sign-beside-fossils", "cb-far-cave", 106.7262, 22.8552), options);
        signs.importOne(key("s3"), sign("cb-sign-naming-the-dig", DIGGING.id(), 106.70, 22.80), options);
        signs.importOne(key("s4"), sign("cb-sign-of-the-view", "cb-view", 106.7001, 22.8001), options);
        routes.importOne(key("r1"), RouteFixtures.walk("cb-route-through-both", List.of("cb-view", FOSSILS.id(), DIGGING.id(), "cb-far-cave"),
                RouteFixtures.line(106.70, 22.80, FOSSILS.lon(), FOSSILS.lat(), DIGGING.lon(), DIGGING.lat(), 106.76, 22.83)), options);
    }

    private static ImportKey key(String id) {
        return new ImportKey("test", id);
    }

    private static SignDraft sign(String id, String servesPlace, double lon, double lat) {
        SignDraft board = SignFixtures.board(id, servesPlace, null);
        return new SignDraft(board.id(), board.parkId(), board.type(), board.condition(), board.installedOn(), board.lastInspectedOn(),
                board.languages(), board.servesPlaceId(), null, board.text(), board.photoUrl(), board.sample(), Fixtures.point(lon, lat),
                board.sources(), board.positionPrecision());
    }

    @Test
    void everyFeatureOfEveryCollectionKeepsItsDistance() throws Exception {
        for (Collection c : collections.all()) {
            String items = "/ogc/collections/" + c.id() + "/items?limit=10000" + (c.timeBound() ? "&datetime=../.." : "");
            JsonNode page = getJson(items);
            for (JsonNode feature : page.path("features")) {
                assertKeepsItsDistance(c.id() + "/" + feature.path("id").asText(), coordinates(feature.path("geometry"), false));
                String one = "/ogc/collections/" + c.id() + "/items/" + feature.path("id").asText();
                assertKeepsItsDistance(one, coordinates(getJson(one).path("geometry"), false));
                assertKeepsItsDistance(one + "?crs=EPSG:4326", coordinates(getJson(one + "?crs=EPSG:4326").path("geometry"), true));
                assertKeepsItsDistance(one + "?f=jsonld", numbersIn(get(one + "?f=jsonld").body()));
                assertKeepsItsDistance(one + "?f=html", numbersIn(get(one + "?f=html").body()));
            }
            assertKeepsItsDistance(items + "&f=html", numbersIn(get(items + "&f=html").body()));
            assertKeepsItsDistance(items + "&f=jsonld", numbersIn(get(items + "&f=jsonld").body()));
        }
    }

    @Test
    void whatIsAboutAProtectedSiteStandsAtItsGeneralisedPointOrNowhere() throws Exception {
        JsonNode atFossils = getJson("/ogc/collections/signs/items/cb-sign-at-fossils").path("geometry").path("coordinates");
        assertThat(atFossils.get(0).asDouble()).isEqualTo(106.72);
        assertThat(atFossils.get(1).asDouble()).isEqualTo(22.85);
        assertThat(getJson("/ogc/collections/signs/items/cb-sign-naming-the-dig").path("geometry").isNull())
                .as("a sign about a restricted site is listed without a position").isTrue();
        assertThat(getJson("/ogc/collections/signs/items/cb-sign-of-the-view").path("geometry").path("coordinates").get(0).asDouble())
                .as("a sign about nothing protected keeps its position").isEqualTo(106.7001);
        JsonNode route = getJson("/ogc/collections/routes/items/cb-route-through-both").path("geometry");
        assertThat(route.path("type").asText()).as("the line is cut around both sites").isEqualTo("MultiLineString");
    }

    /** A small box around a true position finds only what is far from it anyway (a park's outline around it). */
    @Test
    void boxesAroundATruePositionFindNothingNearIt() throws Exception {
        for (Site site : SITES) {
            for (double half : new double[] {0.0002, 0.001, 0.003}) {
                String box = (site.lon() - half) + "," + (site.lat() - half) + "," + (site.lon() + half) + "," + (site.lat() + half);
                for (Collection c : collections.all()) {
                    String items = "/ogc/collections/" + c.id() + "/items?bbox=" + box + (c.timeBound() ? "&datetime=../.." : "");
                    for (JsonNode feature : getJson(items).path("features")) {
                        assertKeepsItsDistance(items + " → " + feature.path("id").asText(), coordinates(feature.path("geometry"), false));
                    }
                }
            }
        }
    }

    @Test
    void tilesOverTheSitesShowNothingCloser() throws Exception {
        for (Site site : SITES) {
            for (int z = 6; z <= 18; z += 2) {
                int[] tile = tile(site.lon(), site.lat(), z);
                for (Collection c : collections.all()) {
                    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + port + "/tiles/" + c.id() + "/" + z + "/" + tile[0] + "/" + tile[1] + ".mvt")).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() == 204) {
                        continue;
                    }
                    assertThat(response.statusCode()).isEqualTo(200);
                    assertThat(response.headers().firstValue("Content-Type").orElse("")).as(c.id() + " " + z + " " + new String(response.body(),
                            java.nio.charset.StandardCharsets.ISO_8859_1).substring(0, Math.min(200, response.body().length))).contains("vector-tile");
                    // a tile's grid is coarse at low zoom: allow a position its cell's size from the generalised point
                    double cellMetres = 40_075_016.0 / (1L << z) / 4096 * 2;
                    List<double[]> positions = VectorTileReader.positions(response.body(), z, tile[0], tile[1]);
                    assertKeepsItsDistance("tile " + c.id() + "/" + z, positions, cellMetres);
                }
            }
        }
    }

    /** The operators' routes API, its exports and what webhooks send read positions through the same rule. */
    @Test
    void theRoutesApiItsExportsAndWebhooksKeepTheirDistance() throws Exception {
        String key = apiKeys.create("protected-sites-tours", null, "test").key();
        String route = "/api/v1/routes/cb-route-through-both";
        List<String> paths = List.of("/api/v1/routes?limit=1000", "/api/v1/routes?near=22.853456,106.723456&radius=3000",
                "/api/v1/routes?bbox=106.70,22.80,106.77,22.88", route, route + "?partnerRadius=20000", route + "/hazards",
                route + ".gpx", route + ".kml", route + "/guide",
                "/api/v1/places/cb-view/nearby?kind=place&radius=20000",
                "/api/v1/places/" + FOSSILS.id() + "/nearby?kind=place&radius=20000");
        for (String path : paths) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
            assertKeepsItsDistance(path, numbersIn(response.body()));
        }
        for (String path : List.of("/api/v1/parks/non-nuoc-cao-bang/routes.gpx", "/api/v1/parks/non-nuoc-cao-bang/routes.kml")) {
            HttpResponse<String> response = get(path, "X-API-Key", key);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertKeepsItsDistance(path, numbersIn(response.body()));
        }
        assertThat(getJson(route).path("geometry").path("type").asText()).as("the line is cut as on the map").isEqualTo("MultiLineString");
        assertThat(get("/api/v1/routes?near=22.872345,106.764321&radius=500").body()).as("no route found beside the dig")
                .doesNotContain("cb-route-through-both");
        assertThat(get("/api/v1/places/" + DIGGING.id() + "/nearby").statusCode()).as("nothing measured from a restricted site").isEqualTo(400);
        String told = routeDocuments.situation("cb-route-through-both", java.time.Instant.now(), java.time.Instant.now().plusSeconds(172_800),
                org.geoparks.catalogue.i18n.LanguagePreference.defaults()).toString();
        assertThat(told).contains("cb-rockfall-at-fossils");
        assertKeepsItsDistance("what a webhook tells", numbersIn(told));
    }

    @Test
    void theParksManagersSeeTheExactPositions() throws Exception {
        Accounts.create(jdbc, "manager.protected", "fossil-password", "park_manager", "non-nuoc-cao-bang");
        String bearer = Accounts.bearer(port, "manager.protected", "fossil-password");
        JsonNode sign = json.readTree(get("/ogc/collections/signs/items/cb-sign-at-fossils", "Authorization", bearer).body());
        assertThat(sign.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(FOSSILS.lon());
    }

    private void assertKeepsItsDistance(String where, List<double[]> positions) {
        assertKeepsItsDistance(where, positions, 0.01);
    }

    private void assertKeepsItsDistance(String where, List<double[]> positions, double toleranceMetres) {
        for (double[] p : positions) {
            for (Site site : SITES) {
                double fromTruth = metres(p[0], p[1], site.lon(), site.lat());
                boolean atPublicPoint = site.publicPoint() != null
                        && metres(p[0], p[1], site.publicPoint()[0], site.publicPoint()[1]) <= toleranceMetres;
                assertThat(atPublicPoint || fromTruth >= CLEARANCE_M)
                        .as("%s gives %s, %.0f m from %s", where, java.util.Arrays.toString(p), fromTruth, site.id()).isTrue();
            }
        }
    }

    private static List<double[]> coordinates(JsonNode geometry, boolean latitudeFirst) {
        List<double[]> out = new ArrayList<>();
        collect(geometry.path("coordinates"), latitudeFirst, out);
        return out;
    }

    private static void collect(JsonNode node, boolean latitudeFirst, List<double[]> out) {
        if (node.isArray() && node.size() >= 2 && node.get(0).isNumber()) {
            out.add(latitudeFirst ? new double[] {node.get(1).asDouble(), node.get(0).asDouble()}
                    : new double[] {node.get(0).asDouble(), node.get(1).asDouble()});
        } else {
            node.forEach(child -> collect(child, latitudeFirst, out));
        }
    }

    /**
     * Every two numbers next to each other in a text that could be a position near the parks, in
     * either order: what HTML pages and schema.org descriptions say, however they write it.
     */
    private static List<double[]> numbersIn(String text) {
        List<Double> numbers = new ArrayList<>();
        Matcher m = Pattern.compile("-?\\d{1,3}\\.\\d+").matcher(text);
        while (m.find()) {
            numbers.add(Double.parseDouble(m.group()));
        }
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < numbers.size(); i++) {
            double a = numbers.get(i);
            double b = numbers.get(i + 1);
            if (a > 100 && a < 110 && b > 20 && b < 25) {
                out.add(new double[] {a, b});
            } else if (b > 100 && b < 110 && a > 20 && a < 25) {
                out.add(new double[] {b, a});
            }
        }
        return out;
    }

    private static double metres(double lon1, double lat1, double lon2, double lat2) {
        double r = 6_371_008.8;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(a));
    }

    private static int[] tile(double lon, double lat, int z) {
        int n = 1 << z;
        int x = (int) Math.floor((lon + 180) / 360 * n);
        double latRad = Math.toRadians(lat);
        int y = (int) Math.floor((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * n);
        return new int[] {x, y};
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
