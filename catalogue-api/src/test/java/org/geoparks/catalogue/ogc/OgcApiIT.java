package org.geoparks.catalogue.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.testing.Accounts;
import org.geoparks.catalogue.testing.MapTestData;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The map service over HTTP, against the running service and a real PostGIS. */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OgcApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ParkService parks;

    @Autowired
    PlaceService places;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void load() {
        MapTestData.load(parks, places, jdbc);
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : "http://127.0.0.1:" + port + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String path, String... headers) throws Exception {
        HttpResponse<String> response = get(path, headers);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void theLandingPageLinksTheApiDefinitionConformanceAndData() throws Exception {
        JsonNode landing = getJson("/ogc/");
        List<String> rels = new ArrayList<>();
        landing.path("links").forEach(l -> rels.add(l.path("rel").asText()));
        assertThat(rels).contains("self", "service-desc", "service-doc", "conformance", "data");
        assertThat(getJson("/ogc/conformance").path("conformsTo").toString())
                .contains("ogcapi-features-1/1.0/conf/core").contains("ogcapi-features-2/1.0/conf/crs");
    }

    @Test
    void theOpenApiDocumentIsSelfContained() throws Exception {
        HttpResponse<String> api = get("/ogc/api");
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.oai.openapi+json");
        assertThat(api.body()).contains("\"openapi\":\"3.0.3\"").contains("/collections/places/items");
        java.util.regex.Matcher refs = java.util.regex.Pattern.compile("\"\\$ref\":\"([^\"]*)\"").matcher(api.body());
        int count = 0;
        while (refs.find()) {
            assertThat(refs.group(1)).as("every $ref is local").startsWith("#/");
            count++;
        }
        assertThat(count).isPositive();
    }

    @Test
    void pagingWalksEveryFeatureExactlyOnceAndNextLinksKeepTheFilters() throws Exception {
        String next = "/ogc/collections/places/items?limit=50&kind=cave&bbox=106.0,22.0,107.5,23.5";
        Set<String> seen = new HashSet<>();
        long matched = -1;
        int pages = 0;
        while (next != null) {
            JsonNode page = getJson(next, "Accept", "application/geo+json");
            matched = page.path("numberMatched").asLong();
            assertThat(page.path("numberReturned").asInt()).isEqualTo(page.path("features").size());
            page.path("features").forEach(f -> {
                assertThat(seen.add(f.path("id").asText())).as("seen once: " + f.path("id")).isTrue();
                assertThat(f.path("properties").path("kind").asText()).isEqualTo("cave");
            });
            next = null;
            for (JsonNode link : page.path("links")) {
                if (link.path("rel").asText().equals("next")) {
                    next = link.path("href").asText();
                    assertThat(next).contains("kind=cave").contains("bbox=").contains("limit=50").contains("offset=");
                }
            }
            pages++;
        }
        assertThat(seen).hasSize((int) matched);
        assertThat(matched).isEqualTo(75);
        assertThat(pages).isEqualTo(2);
    }

    @Test
    void bboxSelectsOnlyIntersectingFeatures() throws Exception {
        JsonNode page = getJson("/ogc/collections/places/items?bbox=106.30,22.50,106.36,22.55&limit=1000");
        assertThat(page.path("numberMatched").asInt()).isEqualTo(4); // 2 columns × 2 rows of the grid
        page.path("features").forEach(f -> {
            double lon = f.path("geometry").path("coordinates").get(0).asDouble();
            assertThat(lon).isBetween(106.30, 106.36);
        });
    }

    @Test
    void aBoxAcrossTheAntimeridianIsAcceptedAndFindsNothingHere() throws Exception {
        assertThat(getJson("/ogc/collections/places/items?bbox=177,65,-177,70").path("numberMatched").asInt()).isZero();
    }

    @Test
    void outOfRangeLimitsAndUnknownParametersAreProblemDocuments() throws Exception {
        for (String bad : List.of("limit=0", "limit=unlimited", "color=red", "bbox=1,2,3", "crs=EPSG:9999",
                "datetime=yesterday", "lang=fr", "f=xml", "kind=volcano")) {
            HttpResponse<String> response = get("/ogc/collections/places/items?" + bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(bad).startsWith("application/problem+json");
            assertThat(json.readTree(response.body()).path("detail").asText()).as(bad).isNotBlank();
        }
        assertThat(get("/ogc/collections/nowhere/items").statusCode()).isEqualTo(404);
        assertThat(get("/ogc/collections/places/items/cb-nowhere").statusCode()).isEqualTo(404);
        // above the maximum is the largest page, not an error (OGC API – Features Part 1)
        assertThat(getJson("/ogc/collections/places/items?limit=10001&bbox=106.3,22.5,106.4,22.6").path("numberReturned").asInt()).isPositive();
    }

    @Test
    void languageFollowsTheLangParameterAndAcceptLanguage() throws Exception {
        String url = "/ogc/collections/places/items/cb-grid-00-00";
        assertThat(getJson(url + "?lang=vi").path("properties").path("name").asText()).startsWith("Điểm");
        assertThat(getJson(url + "?lang=zh").path("properties").path("name").asText()).startsWith("地点");
        assertThat(getJson(url, "Accept-Language", "zh-CN,zh;q=0.9").path("properties").path("name").asText()).startsWith("地点");
        assertThat(getJson(url, "Accept-Language", "fr-FR").path("properties").path("name").asText()).startsWith("Point");
    }

    @Test
    void geometriesComeInTheRequestedCrsWithContentCrs() throws Exception {
        String url = "/ogc/collections/places/items/cb-grid-00-00";
        HttpResponse<String> vn2000 = get(url + "?crs=http://www.opengis.net/def/crs/EPSG/0/3405");
        assertThat(vn2000.headers().firstValue("Content-Crs").orElse("")).isEqualTo("<http://www.opengis.net/def/crs/EPSG/0/3405>");
        JsonNode xy = json.readTree(vn2000.body()).path("geometry").path("coordinates");
        assertThat(json.readTree(vn2000.body()).path("geometry").has("crs")).as("the header names the CRS, not a legacy crs member").isFalse();
        // the same transformation done by PostGIS directly: the service adds nothing of its own
        double[] expected = jdbc.queryForObject("SELECT ARRAY[ST_X(p), ST_Y(p)] FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(106.31, 22.51), 4326), 3405) p) x",
                (rs, i) -> (double[]) java.util.Arrays.stream((Object[]) rs.getArray(1).getArray()).mapToDouble(o -> ((Number) o).doubleValue()).toArray());
        assertThat(xy.get(0).asDouble()).isCloseTo(expected[0], org.assertj.core.data.Offset.offset(0.001));
        assertThat(xy.get(1).asDouble()).isCloseTo(expected[1], org.assertj.core.data.Offset.offset(0.001));
        assertThat(xy.get(0).asDouble()).as("easting of 106.31°E in UTM 48N").isBetween(630_000.0, 640_000.0);
        JsonNode latLon = getJson(url + "?crs=EPSG:4326").path("geometry").path("coordinates");
        assertThat(latLon.get(0).asDouble()).as("EPSG:4326 is latitude first").isCloseTo(22.51, org.assertj.core.data.Offset.offset(1e-6));
        JsonNode mercator = getJson(url + "?crs=http://www.opengis.net/def/crs/EPSG/0/3857").path("geometry").path("coordinates");
        assertThat(mercator.get(0).asDouble()).isBetween(11_800_000.0, 11_900_000.0);
    }

    @Test
    void aFossilSiteIsPublishedOnlyAtItsGeneralisedPosition() throws Exception {
        JsonNode fossil = getJson("/ogc/collections/places/items/cb-secret-fossils");
        JsonNode c = fossil.path("geometry").path("coordinates");
        assertThat(c.get(0).asDouble()).isEqualTo(106.72);
        assertThat(c.get(1).asDouble()).isEqualTo(22.85);
        assertThat(get("/ogc/collections/places/items?bbox=106.7234,22.8534,106.7235,22.8535").body()).doesNotContain("cb-secret-fossils");
    }

    @Test
    void aManagerOfTheParkSeesTheExactPositionInPrivateResponses() throws Exception {
        Accounts.create(jdbc, "manager.cb", "karst-2026", "park_manager", "non-nuoc-cao-bang");
        String bearer = Accounts.bearer(port, "manager.cb", "karst-2026");

        HttpResponse<String> response = get("/ogc/collections/places/items/cb-secret-fossils", "Authorization", bearer);
        JsonNode c = json.readTree(response.body()).path("geometry").path("coordinates");
        assertThat(c.get(0).asDouble()).isEqualTo(106.723456);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).startsWith("private");

        String altered = bearer.substring(0, bearer.length() - 4) + (bearer.endsWith("AAAA") ? "BBBB" : "AAAA");
        HttpResponse<String> wrong = get("/ogc/collections/places/items/cb-secret-fossils", "Authorization", altered);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        // a password sent with a read is not a sign-in: the read is anonymous, and costs no password check
        HttpResponse<String> basic = get("/ogc/collections/places/items/cb-secret-fossils", "Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString("manager.cb:karst-2026".getBytes()));
        assertThat(basic.statusCode()).isEqualTo(200);
        assertThat(json.readTree(basic.body()).path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(106.72);
    }

    @Test
    void hazardsInForceAreTheirOwnCollectionAndEveryHazardIsListedWithoutADatetime() throws Exception {
        List<String> now = ids(getJson("/ogc/collections/hazards-in-force/items"));
        assertThat(now).containsExactly("cb-hazard-now");
        assertThat(ids(getJson("/ogc/collections/hazards/items"))).containsExactly("cb-hazard-now", "cb-hazard-past", "cb-hazard-resolved");
        assertThat(ids(getJson("/ogc/collections/hazards/items?datetime=2020-01-15T00:00:00Z"))).containsExactly("cb-hazard-past");
        assertThat(ids(getJson("/ogc/collections/hazards/items?datetime=2019-01-01/..&status=resolved"))).containsExactly("cb-hazard-resolved");
        assertThat(ids(getJson("/ogc/collections/hazards/items?datetime=2020-01-01/P2D"))).containsExactly("cb-hazard-past");
    }

    @Test
    void anUnchangedPageAnswers304ToItsETag() throws Exception {
        HttpResponse<String> first = get("/ogc/collections/places/items?limit=10");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"");
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("public");
        assertThat(get("/ogc/collections/places/items?limit=10", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void browsersGetCorsHeadersAndGzip() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ogc/collections/places/items?limit=200"))
                .header("Origin", "https://map.example.org").header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
    }

    @Test
    void htmlAndJsonLdAreServedForPeopleAndSearchEngines() throws Exception {
        HttpResponse<String> html = get("/ogc/collections/places/items/cb-grid-00-00", "Accept", "text/html");
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("<script type=\"application/ld+json\">").contains("TouristAttraction");
        JsonNode ld = getJson("/ogc/collections/places/items/cb-grid-00-00?f=jsonld");
        assertThat(ld.path("@type").asText()).isEqualTo("TouristAttraction");
        assertThat(ld.path("geo").path("latitude").asDouble()).isEqualTo(22.51);
    }

    @Test
    void schemaOrgCoordinatesAreWgs84LatitudeAndLongitudeWhateverCrsIsAsked() throws Exception {
        for (String crs : List.of("EPSG:3405", "EPSG:4326", "http://www.opengis.net/def/crs/EPSG/0/3857")) {
            JsonNode ld = getJson("/ogc/collections/places/items/cb-grid-00-00?f=jsonld&crs=" + crs);
            assertThat(ld.path("geo").path("latitude").asDouble()).as(crs).isEqualTo(22.51);
            assertThat(ld.path("geo").path("longitude").asDouble()).as(crs).isEqualTo(106.31);
            JsonNode page = getJson("/ogc/collections/places/items?f=jsonld&limit=1&crs=" + crs);
            assertThat(page.path("@graph").get(0).path("geo").path("longitude").asDouble()).as(crs).isBetween(106.0, 107.0);
            HttpResponse<String> html = get("/ogc/collections/places/items/cb-grid-00-00?f=html&crs=" + crs);
            assertThat(html.body()).as(crs).contains("\"latitude\":22.51");
        }
    }

    @Test
    void aTenThousandFeaturePageStreamsEveryFeature() throws Exception {
        JsonNode page = getJson("/ogc/collections/places/items?limit=10000");
        assertThat(page.path("numberReturned").asInt()).isEqualTo(MapTestData.GRID * MapTestData.GRID + 1);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("features").forEach(f -> ids.add(f.path("id").asText()));
        return ids;
    }
}
