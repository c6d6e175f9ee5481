package org.geoparks.catalogue.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.testing.MapTestData;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VectorTilesIT {

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

    HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The XYZ tile containing a lon/lat at a zoom. */
    static String tile(double lon, double lat, int z) {
        int n = 1 << z;
        int x = (int) Math.floor((lon + 180) / 360 * n);
        double r = Math.toRadians(lat);
        int y = (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
        return z + "/" + x + "/" + y;
    }

    @Test
    void aTileOverThePlacesHoldsThemAsAMapboxVectorTile() throws Exception {
        HttpResponse<byte[]> response = get("/tiles/places/" + tile(106.5, 22.7, 8) + ".mvt");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/vnd.mapbox-vector-tile");
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("places").contains("cb-grid-00-00");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/tiles/places/" + tile(106.5, 22.7, 8) + ".mvt", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void aTileWithoutFeaturesIs204() throws Exception {
        assertThat(get("/tiles/places/" + tile(2.35, 48.85, 10) + ".mvt").statusCode()).isEqualTo(204);
    }

    @Test
    void tileCoordinatesOutOfRangeAreProblemDocuments() throws Exception {
        assertThat(get("/tiles/places/25/0/0.mvt").statusCode()).isEqualTo(400);
        assertThat(get("/tiles/places/2/4/0.mvt").statusCode()).isEqualTo(400);
        assertThat(get("/tiles/places/2/a/0.mvt").statusCode()).isEqualTo(400);
        assertThat(get("/tiles/nowhere/2/0/0.mvt").statusCode()).isEqualTo(404);
    }

    @Test
    void tileJsonDescribesTheLayer() throws Exception {
        JsonNode doc = json.readTree(get("/tiles/places.json").body());
        assertThat(doc.path("tilejson").asText()).isEqualTo("3.0.0");
        assertThat(doc.path("tiles").get(0).asText()).endsWith("/tiles/places/{z}/{x}/{y}.mvt");
        assertThat(doc.path("vector_layers").get(0).path("fields").has("kind")).isTrue();
        assertThat(doc.path("bounds").get(0).asDouble()).isBetween(106.3, 106.4);
    }

    @Test
    void sensitivePlacesAppearInTilesOnlyAtTheirGeneralisedPosition() throws Exception {
        // the fossil site is at 106.723456, 22.853456; its public position 106.72, 22.85 lies in another z18 tile
        assertThat(get("/tiles/fossil-sites/" + tile(106.723456, 22.853456, 18) + ".mvt").statusCode()).isEqualTo(204);
        assertThat(get("/tiles/fossil-sites/" + tile(106.72, 22.85, 18) + ".mvt").statusCode()).isEqualTo(200);
    }
}
