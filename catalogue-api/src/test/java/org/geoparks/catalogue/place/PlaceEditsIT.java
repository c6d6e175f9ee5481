package org.geoparks.catalogue.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geoparks.catalogue.testing.ManagedParks.CB_EDITOR;
import static org.geoparks.catalogue.testing.ManagedParks.CB_MANAGER;
import static org.geoparks.catalogue.testing.ManagedParks.FALLS;
import static org.geoparks.catalogue.testing.ManagedParks.FOSSILS;
import static org.geoparks.catalogue.testing.ManagedParks.KENG_TAO;
import static org.geoparks.catalogue.testing.ManagedParks.LS_MANAGER;
import static org.geoparks.catalogue.testing.ManagedParks.TAM_THANH;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.geoparks.catalogue.park.ParkService;
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
 * Places edited over HTTP: their status set by a manager, a position taken at the place with a
 * phone, and content written by an editor who may not touch the safety data.
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaceEditsIT {

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

    String etag(String place) {
        return http.get("/api/v1/places/" + place, ManagedParks.ADMIN).etag();
    }

    JsonNode feature(String place) throws InterruptedException {
        Thread.sleep(1500); // the change log reaches this instance's caches
        return http.get("/ogc/collections/places/items/" + place + "?lang=en", null).json().path("properties");
    }

    @Test
    void aManagerClosesACaveWithAReasonAndAReopeningDayAndOpensItAgain() throws Exception {
        Map<String, Object> closing = new LinkedHashMap<>();
        closing.put("status", "closed");
        closing.put("reason", Map.of("vi", "Đang gia cố lối vào", "en", "The entrance is being made safe"));
        closing.put("reopens", "2027-01-15");

        EditHttp.Answer closed = http.put("/api/v1/places/" + TAM_THANH + "/status", LS_MANAGER, etag(TAM_THANH), closing);

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().path("status").asText()).isEqualTo("closed");
        assertThat(closed.json().path("status_in_effect").path("reopens").asText()).isEqualTo("2027-01-15");
        JsonNode shown = feature(TAM_THANH);
        assertThat(shown.path("status").asText()).isEqualTo("closed");
        assertThat(shown.path("status_reason").asText()).isEqualTo("The entrance is being made safe");
        assertThat(shown.path("reopens").asText()).isEqualTo("2027-01-15");
        assertThat(shown.path("status_since").asText()).isNotEmpty();

        EditHttp.Answer noReason = http.put("/api/v1/places/" + TAM_THANH + "/status", LS_MANAGER, closed.etag(), Map.of("status", "caution"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().path("field").asText()).isEqualTo("status_reason");
        EditHttp.Answer openUntil = http.put("/api/v1/places/" + TAM_THANH + "/status", LS_MANAGER, closed.etag(),
                Map.of("status", "open", "reopens", "2027-01-15"));
        assertThat(openUntil.status()).isEqualTo(422);
        assertThat(openUntil.json().path("field").asText()).isEqualTo("reopens");

        EditHttp.Answer open = http.put("/api/v1/places/" + TAM_THANH + "/status", LS_MANAGER, closed.etag(), Map.of("status", "open"));
        assertThat(open.status()).as(open.toString()).isEqualTo(200);
        assertThat(feature(TAM_THANH).path("status").asText()).isEqualTo("open");
        assertThat(feature(TAM_THANH).path("reopens").isNull()).isTrue();
    }

    @Test
    void aRangerAtTheCaveEntranceReplacesAnApproximatePositionAndTheOldOneCanBePutBack() {
        JsonNode before = http.get("/api/v1/places/" + KENG_TAO, LS_MANAGER).json();
        assertThat(before.path("position_precision").asText()).isEqualTo("±1 km");

        EditHttp.Answer far = http.postIfMatch("/api/v1/places/" + KENG_TAO + "/position", LS_MANAGER, etag(KENG_TAO),
                Map.of("lon", 106.1901, "lat", 21.8212, "accuracy_m", 6.4));

        assertThat(far.status()).as("about 850 m: asked again").isEqualTo(409);
        assertThat(far.json().path("distance_m").asInt()).isBetween(700, 1000);
        assertThat(far.json().path("confirm_beyond_m").asInt()).isEqualTo(200);

        EditHttp.Answer confirmed = http.postIfMatch("/api/v1/places/" + KENG_TAO + "/position", LS_MANAGER, etag(KENG_TAO),
                Map.of("lon", 106.1901, "lat", 21.8212, "accuracy_m", 6.4, "confirm", true));

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(106.1901);
        assertThat(confirmed.json().path("position_precision").asText()).isEqualTo("±6 m");
        assertThat(confirmed.json().path("position_note").asText()).contains("GPS");
        assertThat(confirmed.json().path("moved_m").asDouble()).isBetween(700.0, 1000.0);
        JsonNode history = http.get("/api/v1/places/" + KENG_TAO + "/history", LS_MANAGER).json().get(0);
        assertThat(history.path("before").path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(106.18333);
        assertThat(history.path("after").path("positionPrecision").asText()).isEqualTo("±6 m");

        EditHttp.Answer near = http.postIfMatch("/api/v1/places/" + KENG_TAO + "/position", LS_MANAGER, confirmed.etag(),
                Map.of("lon", 106.1902, "lat", 21.8213, "accuracy_m", 4));
        assertThat(near.status()).as("15 m: no question").isEqualTo(200);

        EditHttp.Answer undone = http.call("/api/v1/places/" + KENG_TAO).as(LS_MANAGER).ifMatch(near.etag())
                .json("PATCH", Map.of("geometry", history.path("before").path("geometry"), "position_precision", "±1 km",
                        "position_note", "")).send();
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.json().path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(106.18333);
        assertThat(undone.json().path("position_precision").asText()).isEqualTo("±1 km");
    }

    @Test
    void aPositionOutsideTheParkOrFromAPoorFixIsRefused() {
        EditHttp.Answer abroad = http.postIfMatch("/api/v1/places/" + TAM_THANH + "/position", LS_MANAGER, etag(TAM_THANH),
                Map.of("lon", 107.5, "lat", 21.85, "accuracy_m", 5, "confirm", true));
        EditHttp.Answer poor = http.postIfMatch("/api/v1/places/" + TAM_THANH + "/position", LS_MANAGER, etag(TAM_THANH),
                Map.of("lon", 106.7468, "lat", 21.8556, "accuracy_m", 120));
        EditHttp.Answer swapped = http.postIfMatch("/api/v1/places/" + TAM_THANH + "/position", LS_MANAGER, etag(TAM_THANH),
                Map.of("lon", 21.8556, "lat", 106.7468, "accuracy_m", 5));

        assertThat(abroad.status()).isEqualTo(422);
        assertThat(abroad.json().path("field").asText()).isEqualTo("position");
        assertThat(abroad.json().path("detail").asText()).contains("outside park 'lang-son'");
        assertThat(poor.status()).isEqualTo(422);
        assertThat(poor.json().path("field").asText()).isEqualTo("accuracy_m");
        assertThat(swapped.status()).isEqualTo(422);
    }

    @Test
    void anEditorWritesDescriptionsButNeitherStatusNorPositionNorAnotherParksPlaces() {
        Map<String, Object> description = Map.of("description", Map.of("en", "The largest waterfall on the Quây Sơn river.",
                "zh-Hans", "归春河上最大的瀑布。"));

        EditHttp.Answer written = http.patch("/api/v1/places/" + FALLS, CB_EDITOR, etag(FALLS), description);

        assertThat(written.status()).as(written.toString()).isEqualTo(200);
        assertThat(written.json().path("description").path("zh-Hans").asText()).isEqualTo("归春河上最大的瀑布。");
        EditHttp.Answer closing = http.patch("/api/v1/places/" + FALLS, CB_EDITOR, written.etag(),
                Map.of("status", "closed", "status_reason", Map.of("en", "Flood"), "description", Map.of("en", "Closed")));
        assertThat(closing.status()).isEqualTo(403);
        assertThat(closing.json().path("detail").asText()).contains("status, status_reason").doesNotContain("description");
        EditHttp.Answer moving = http.patch("/api/v1/places/" + FALLS, CB_EDITOR, written.etag(),
                Map.of("geometry", Map.of("type", "Point", "coordinates", java.util.List.of(106.72, 22.85))));
        assertThat(moving.status()).isEqualTo(403);
        assertThat(moving.json().path("detail").asText()).contains("geometry");
        assertThat(http.patch("/api/v1/places/" + KENG_TAO, CB_EDITOR, etag(KENG_TAO), description).status()).isEqualTo(403);
        assertThat(http.patch("/api/v1/places/" + FALLS, CB_MANAGER, written.etag(), Map.of("park", "lang-son")).status())
                .as("a record stays in its park").isEqualTo(422);
        assertThat(http.get("/api/v1/places/" + FALLS, ManagedParks.ADMIN).json().path("status").asText()).isEqualTo("open");
    }

    @Test
    void anEditorSeesAProtectedSiteWhereThePublicDoesItsManagerWhereItIs() {
        JsonNode editor = http.get("/api/v1/places/" + FOSSILS, CB_EDITOR).json();
        JsonNode manager = http.get("/api/v1/places/" + FOSSILS, CB_MANAGER).json();

        assertThat(manager.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(106.70123);
        assertThat(editor.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(106.70);
        assertThat(editor.has("attributes")).as("managers' fields").isFalse();
        assertThat(manager.has("attributes")).isTrue();
    }
}
