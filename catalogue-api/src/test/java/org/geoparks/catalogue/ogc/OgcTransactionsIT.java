package org.geoparks.catalogue.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.geoparks.catalogue.testing.ManagedParks.CAO_BANG;
import static org.geoparks.catalogue.testing.ManagedParks.CB_MANAGER;
import static org.geoparks.catalogue.testing.ManagedParks.FALLS;
import static org.geoparks.catalogue.testing.ManagedParks.LS_MANAGER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.testing.EditHttp;
import org.geoparks.catalogue.testing.ManagedParks;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * OGC API – Features Part 4 on hazards and signs, driven as a desktop GIS drives it: it asks
 * OPTIONS what it may do, creates features without ids, reads them, and sends back the whole
 * feature it read (texts in the language it read, the version it read) — in another CRS when its
 * layer is in one.
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OgcTransactionsIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    JdbcTemplate jdbc;

    EditHttp http;

    @BeforeAll
    void twoParksAndTheirPeople() {
        ManagedParks.load(parks, places, jdbc);
        http = new EditHttp(port, ManagedParks.PASSWORD);
    }

    static Map<String, Object> newHazard() {
        return Map.of("type", "Feature",
                "geometry", Map.of("type", "Point", "coordinates", List.of(106.7213, 22.8551)),
                "properties", new java.util.HashMap<>(Map.of("park", CAO_BANG, "place", FALLS, "type", "slippery_path", "severity", "moderate",
                        "status", "active", "valid_from", "2026-01-01T00:00:00Z", "title", "Slippery steps below the falls",
                        "advice", "Hold the handrail")));
    }

    EditHttp.Answer send(String method, String path, String user, Object body, String... headers) {
        EditHttp.Call call = http.call(path).as(user).header("Accept-Language", "en");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            call.header(headers[i], headers[i + 1]);
        }
        if (body == null) {
            return call.method(method).send();
        }
        return call.bytes(method, json(body), method.equals("PATCH") ? "application/merge-patch+json" : "application/geo+json").send();
    }

    static byte[] json(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String created(String collection, Map<String, Object> feature) {
        EditHttp.Answer answer = send("POST", "/ogc/collections/" + collection + "/items", CB_MANAGER, feature);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        String location = answer.header("Location");
        assertThat(location).contains("/ogc/collections/" + collection + "/items/");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void aGisLearnsWhichCollectionsItMayEditFromOptions() {
        assertThat(send("OPTIONS", "/ogc/collections/hazards/items", null, null).header("Allow")).contains("POST");
        assertThat(send("OPTIONS", "/ogc/collections/signs/items/any-sign", null, null).header("Allow"))
                .contains("PUT").contains("DELETE").as("PATCH carries no version; a GIS then sends whole features").doesNotContain("PATCH");
        assertThat(send("OPTIONS", "/ogc/collections/places/items", null, null).header("Allow")).doesNotContain("POST");
        assertThat(send("OPTIONS", "/ogc/collections/hazards-in-force/items", null, null).header("Allow")).doesNotContain("POST");

        EditHttp.Answer readOnly = send("POST", "/ogc/collections/places/items", CB_MANAGER, newHazard());
        assertThat(readOnly.status()).isEqualTo(405);
        assertThat(readOnly.header("Allow")).contains("GET");
        assertThat(readOnly.header("Content-Type")).startsWith("application/problem+json");

        JsonNode conformance = http.get("/ogc/conformance", null).json().path("conformsTo");
        assertThat(conformance.toString()).contains("ogcapi-features-4/1.0/conf/create-replace-delete");
        JsonNode api = http.get("/ogc/api", null).json().path("paths");
        assertThat(api.path("/collections/hazards/items").has("post")).isTrue();
        assertThat(api.path("/collections/signs/items/{featureId}").has("put")).isTrue();
        assertThat(api.path("/collections/places/items").has("post")).isFalse();
    }

    @Test
    void aFeatureCreatedWithoutAnIdIsReadAndSentBackWholeWithTheVersionItCarries() throws Exception {
        String id = created("hazards", newHazard());
        EditHttp.Answer viaApi = http.get("/api/v1/hazards/" + id, CB_MANAGER);
        assertThat(viaApi.json().path("title").path("en").asText()).isEqualTo("Slippery steps below the falls");
        http.patch("/api/v1/hazards/" + id, CB_MANAGER, viaApi.etag(), Map.of("title", Map.of("vi", "Bậc đá trơn dưới chân thác")));

        JsonNode read = send("GET", "/ogc/collections/hazards/items/" + id, null, null).json();
        ObjectNode edited = read.deepCopy();
        edited.remove("links");
        ((ObjectNode) edited.path("properties")).put("severity", "high");

        EditHttp.Answer put = send("PUT", "/ogc/collections/hazards/items/" + id, CB_MANAGER, edited);

        assertThat(put.status()).as(put.toString()).isEqualTo(204);
        assertThat(put.etag()).isEqualTo("\"" + (read.path("properties").path("version").asInt() + 1) + "\"");
        JsonNode after = http.get("/api/v1/hazards/" + id, CB_MANAGER).json();
        assertThat(after.path("severity").asText()).isEqualTo("high");
        assertThat(after.path("title").path("vi").asText()).as("the text sent in English left the Vietnamese alone")
                .isEqualTo("Bậc đá trơn dưới chân thác");

        EditHttp.Answer stale = send("PUT", "/ogc/collections/hazards/items/" + id, CB_MANAGER, edited);
        assertThat(stale.status()).as("the GIS's copy is older than the record now").isEqualTo(412);
        ((ObjectNode) edited.path("properties")).remove("version");
        assertThat(send("PUT", "/ogc/collections/hazards/items/" + id, CB_MANAGER, edited).status()).isEqualTo(428);
    }

    @Test
    void aGeometrySentInVn2000LandsWhereItWasReadFrom() {
        String id = created("signs", Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates", List.of(106.72101, 22.85502)),
                "properties", Map.of("park", CAO_BANG, "type", "warning", "condition", "good", "serves_place", FALLS,
                        "text", "Deep water")));
        JsonNode utm = send("GET", "/ogc/collections/signs/items/" + id + "?crs=EPSG:3405", null, null).json();
        ObjectNode back = utm.deepCopy();
        back.remove("links");

        EditHttp.Answer put = send("PUT", "/ogc/collections/signs/items/" + id, CB_MANAGER, back,
                "Content-Crs", "<http://www.opengis.net/def/crs/EPSG/0/3405>");

        assertThat(put.status()).as(put.toString()).isEqualTo(204);
        JsonNode coordinates = http.get("/api/v1/signs/" + id, CB_MANAGER).json().path("geometry").path("coordinates");
        assertThat(coordinates.get(0).asDouble()).isCloseTo(106.72101, within(1e-6));
        assertThat(coordinates.get(1).asDouble()).isCloseTo(22.85502, within(1e-6));
    }

    @Test
    void aPatchNeedsIfMatchAndDeletingResolvesRatherThanErases() {
        String id = created("hazards", newHazard());
        String etag = http.get("/api/v1/hazards/" + id, CB_MANAGER).etag();

        assertThat(send("PATCH", "/ogc/collections/hazards/items/" + id, CB_MANAGER, Map.of("properties", Map.of("severity", "low"))).status())
                .isEqualTo(428);
        EditHttp.Answer patched = send("PATCH", "/ogc/collections/hazards/items/" + id, CB_MANAGER,
                Map.of("properties", Map.of("severity", "low")), "If-Match", etag);
        assertThat(patched.status()).as(patched.toString()).isEqualTo(204);

        assertThat(send("DELETE", "/ogc/collections/hazards/items/" + id, CB_MANAGER, null).status()).isEqualTo(428);
        EditHttp.Answer deleted = send("DELETE", "/ogc/collections/hazards/items/" + id + "?reason=Steps%20repaired", CB_MANAGER, null,
                "If-Match", patched.etag());

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        JsonNode hazard = http.get("/api/v1/hazards/" + id, CB_MANAGER).json();
        assertThat(hazard.path("status").asText()).isEqualTo("resolved");
        assertThat(hazard.path("resolution").path("en").asText()).isEqualTo("Steps repaired");
        assertThat(http.get("/api/v1/hazards/" + id + "/history", CB_MANAGER).json()).hasSize(3);
    }

    @Test
    void nobodyEditsAnotherParksFeaturesThroughTheMapServiceEither() {
        String id = created("hazards", newHazard());
        JsonNode read = send("GET", "/ogc/collections/hazards/items/" + id, null, null).json();
        ObjectNode edited = read.deepCopy();
        ((ObjectNode) edited.path("properties")).put("severity", "low");

        assertThat(send("PUT", "/ogc/collections/hazards/items/" + id, LS_MANAGER, edited).status()).isEqualTo(403);
        assertThat(send("PUT", "/ogc/collections/hazards/items/" + id, null, edited).status()).isEqualTo(401);
        assertThat(send("POST", "/ogc/collections/hazards/items", LS_MANAGER, newHazard()).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/hazards/" + id, CB_MANAGER).json().path("severity").asText()).isEqualTo("moderate");
    }
}
