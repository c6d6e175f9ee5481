package org.geoparks.catalogue.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geoparks.catalogue.testing.ManagedParks.ADMIN;
import static org.geoparks.catalogue.testing.ManagedParks.CB_MANAGER;
import static org.geoparks.catalogue.testing.ManagedParks.FALLS;
import static org.geoparks.catalogue.testing.ManagedParks.KENG_TAO;
import static org.geoparks.catalogue.testing.ManagedParks.LS_MANAGER;
import static org.geoparks.catalogue.testing.ManagedParks.NGUOM_NGAO;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;
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
 * Managers keep hazards current over HTTP: a cave closed after rain and reopened when the hazard
 * is resolved, seasons that open and close with nobody editing, two editors at once, the history,
 * and what the catalogue refuses. Each test works on records of its own.
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HazardEditsIT {

    @LocalServerPort
    int port;
    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    HazardClock clock;
    @Autowired
    HazardService hazards;
    @Autowired
    JdbcTemplate jdbc;

    EditHttp http;

    @BeforeAll
    void twoParksAndTheirPeople() {
        ManagedParks.load(parks, places, jdbc);
        http = new EditHttp(port, ManagedParks.PASSWORD);
    }

    static Map<String, Object> highWater(String park, String place, String effect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("park", park);
        body.put("place", place);
        body.put("type", "high_water");
        body.put("severity", "high");
        body.put("place_effect", effect);
        body.put("title", Map.of("vi", "Nước dâng trong hang sau mưa", "en", "High water in the cave after rain"));
        body.put("advice", Map.of("vi", "Không vào hang", "en", "Do not enter the cave"));
        return body;
    }

    JsonNode placeFeature(String id) {
        EditHttp.Answer answer = http.get("/ogc/collections/places/items/" + id + "?lang=en", null);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().path("properties");
    }

    /** Waits until this instance's change-log follower has seen the latest changes (caches move with it). */
    void caughtUp() throws InterruptedException {
        Thread.sleep(1500);
    }

    @Test
    void aRangerClosesKengTaoCaveAfterRainAndItReopensWhenTheHazardIsResolved() throws Exception {
        EditHttp.Answer created = http.post("/api/v1/hazards", LS_MANAGER, highWater(ManagedParks.LANG_SON, KENG_TAO, "closed"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/hazards/" + id);
        assertThat(created.etag()).isEqualTo("\"" + created.json().path("version").asInt() + "\"");
        assertThat(created.json().path("in_force").asBoolean()).isTrue();
        assertThat(created.json().path("geometry").path("coordinates").get(0).asDouble()).as("at its place").isEqualTo(106.18333);
        caughtUp();
        JsonNode cave = placeFeature(KENG_TAO);
        assertThat(cave.path("status").asText()).isEqualTo("closed");
        assertThat(cave.path("status_reason").asText()).isEqualTo("High water in the cave after rain");
        assertThat(http.get("/ogc/collections/places/items?status=closed&park=lang-son", null).json().path("features").findValuesAsText("id"))
                .contains(KENG_TAO);
        JsonNode asEdited = http.get("/api/v1/places/" + KENG_TAO, LS_MANAGER).json();
        assertThat(asEdited.path("status").asText()).as("its own status").isEqualTo("open");
        assertThat(asEdited.path("status_in_effect").path("status").asText()).isEqualTo("closed");
        assertThat(asEdited.path("status_in_effect").path("because_of_hazard").asText()).isEqualTo(id);

        EditHttp.Answer resolved = http.postIfMatch("/api/v1/hazards/" + id + "/resolve", LS_MANAGER, created.etag(),
                Map.of("reason", Map.of("vi", "Nước đã rút", "en", "The water has gone down")));

        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.json().path("status").asText()).isEqualTo("resolved");
        assertThat(resolved.json().path("resolution").path("en").asText()).isEqualTo("The water has gone down");
        assertThat(resolved.json().path("valid_until").isNull()).as("it ends now").isFalse();
        assertThat(resolved.json().path("in_force").asBoolean()).isFalse();
        caughtUp();
        assertThat(placeFeature(KENG_TAO).path("status").asText()).isEqualTo("open");
        List<String> audit = jdbc.queryForList("SELECT entity_type || ':' || action || ':' || actor FROM audit_log WHERE entity_id IN (?, ?) ORDER BY id",
                String.class, id, KENG_TAO);
        assertThat(audit).containsSubsequence("hazard:create:ls-manager", "place:update:ls-manager", "hazard:update:ls-manager",
                "place:update:ls-manager");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM change_log WHERE entity_type = 'place' AND entity_id = ?", Integer.class, KENG_TAO))
                .as("maps, search and feeds of every instance hear of the closure and the reopening").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSeasonalHazardClosesItsPlaceWhenTheSeasonOpensAndGivesItBackWhenItEndsWithNobodyEditing() {
        Map<String, Object> body = highWater(ManagedParks.CAO_BANG, NGUOM_NGAO, "closed");
        body.put("valid_from", "2020-01-01");
        body.put("season_start", "06-01");
        body.put("season_end", "09-30");
        EditHttp.Answer created = http.post("/api/v1/hazards", CB_MANAGER, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(created.json().path("status").asText()).isEqualTo("seasonal");
        clock.tick(Instant.parse("2027-05-30T05:00:00Z"));

        HazardClock.Tick opening = clock.tick(Instant.parse("2027-06-15T05:00:00Z"));

        assertThat(opening.hazardsCrossed()).contains(id);
        assertThat(opening.placesChanged()).isPositive();
        Map<String, Object> place = jdbc.queryForMap("SELECT effective_status, effective_reopens_on::text AS reopens FROM place WHERE id = ?", NGUOM_NGAO);
        assertThat(place.get("effective_status")).isEqualTo("closed");
        assertThat(place.get("reopens")).as("the day after the season").isEqualTo("2027-10-01");
        assertThat(jdbc.queryForObject("SELECT actor FROM audit_log WHERE entity_type = 'place' AND entity_id = ? ORDER BY id DESC LIMIT 1",
                String.class, NGUOM_NGAO)).isEqualTo("hazard-clock");

        HazardClock.Tick closing = clock.tick(Instant.parse("2027-10-01T05:00:00Z"));

        assertThat(closing.hazardsCrossed()).contains(id);
        assertThat(jdbc.queryForObject("SELECT effective_status FROM place WHERE id = ?", String.class, NGUOM_NGAO)).isEqualTo("open");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM change_log WHERE entity_type = 'hazard' AND entity_id = ?", Integer.class, id))
                .as("created, came into force, ended").isEqualTo(3);
        assertThat(clock.tick(Instant.parse("2027-10-01T05:01:00Z")).hazardsCrossed()).as("nothing happens twice").isEmpty();
    }

    @Test
    void twoManagersEditingAtOnceCannotOverwriteEachOther() throws Exception {
        Map<String, Object> body = highWater(ManagedParks.CAO_BANG, FALLS, "caution");
        body.put("type", "slippery_path");
        EditHttp.Answer created = http.post("/api/v1/hazards", CB_MANAGER, body);
        String path = "/api/v1/hazards/" + created.json().path("id").asText();
        String read = http.get(path, CB_MANAGER).etag();
        assertThat(http.get(path, ADMIN).etag()).isEqualTo(read);

        EditHttp.Answer first = http.patch(path, CB_MANAGER, read, Map.of("severity", "extreme"));
        EditHttp.Answer second = http.patch(path, ADMIN, read, Map.of("advice", Map.of("en", "Keep to the handrail")));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.etag()).isNotEqualTo(read);
        assertThat(second.status()).as(second.toString()).isEqualTo(412);
        assertThat(second.header("Content-Type")).startsWith("application/problem+json");
        assertThat(second.json().path("current_version").asInt()).isEqualTo(first.json().path("version").asInt());
        assertThat(second.etag()).isEqualTo(first.etag());
        assertThat(http.get(path, ADMIN).json().path("severity").asText()).as("the first edit stands").isEqualTo("extreme");

        EditHttp.Answer blind = http.patch(path, ADMIN, null, Map.of("severity", "low"));
        EditHttp.Answer star = http.patch(path, ADMIN, "*", Map.of("severity", "low"));
        assertThat(blind.status()).as(blind.toString()).isEqualTo(428);
        assertThat(star.status()).as(star.toString()).isEqualTo(428);

        EditHttp.Answer retried = http.patch(path, ADMIN, second.etag(), Map.of("advice", Map.of("en", "Keep to the handrail")));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("advice").path("vi").asText()).as("a merge patch keeps the other languages").isEqualTo("Không vào hang");
        assertThat(retried.json().path("severity").asText()).isEqualTo("extreme");
    }

    @Test
    void ofManyEditsSentAtTheSameMomentAgainstOneVersionExactlyOneWins() throws Exception {
        EditHttp.Answer created = http.post("/api/v1/hazards", CB_MANAGER, highWater(ManagedParks.CAO_BANG, FALLS, "none"));
        String path = "/api/v1/hazards/" + created.json().path("id").asText();
        String etag = created.etag();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String severity = i % 2 == 0 ? "low" : "moderate";
            answers.add(pool.submit(() -> {
                start.await();
                return http.patch(path, i(severity), etag, Map.of("severity", severity)).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 412).hasSize(5);
        assertThat(http.get(path, ADMIN).json().path("version").asInt()).isEqualTo(created.json().path("version").asInt() + 1);
    }

    private static String i(String severity) {
        return severity.equals("low") ? CB_MANAGER : ADMIN;
    }

    @Test
    void theHistoryShowsWhoChangedWhatFromWhatToWhat() {
        EditHttp.Answer created = http.post("/api/v1/hazards", CB_MANAGER, highWater(ManagedParks.CAO_BANG, FALLS, "none"));
        String path = "/api/v1/hazards/" + created.json().path("id").asText();
        http.patch(path, ADMIN, created.etag(), Map.of("severity", "moderate"));

        EditHttp.Answer history = http.get(path + "/history", CB_MANAGER);

        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        JsonNode latest = history.json().get(0);
        assertThat(latest.path("actor").asText()).isEqualTo(ADMIN);
        assertThat(latest.path("action").asText()).isEqualTo("update");
        assertThat(latest.path("before").path("severity").asText()).isEqualTo("high");
        assertThat(latest.path("after").path("severity").asText()).isEqualTo("moderate");
        assertThat(latest.path("park").asText()).isEqualTo(ManagedParks.CAO_BANG);
        assertThat(history.json().get(1).path("action").asText()).isEqualTo("create");
        assertThat(history.json().get(1).path("actor").asText()).isEqualTo(CB_MANAGER);
        assertThat(http.get(path + "/history", LS_MANAGER).status()).as("another park's manager").isEqualTo(403);
        assertThat(http.get(path + "/history", null).status()).isEqualTo(401);
    }

    @Test
    void badInputIsRefusedWithTheFieldAtFault() {
        Map<String, Object> bowtie = highWater(ManagedParks.CAO_BANG, FALLS, "none");
        bowtie.put("geometry", Map.of("type", "Polygon", "coordinates", List.of(List.of(
                List.of(106.70, 22.84), List.of(106.72, 22.86), List.of(106.72, 22.84), List.of(106.70, 22.86), List.of(106.70, 22.84)))));
        assertRefused(http.post("/api/v1/hazards", CB_MANAGER, bowtie), "geometry", "invalid geometry");

        Map<String, Object> catastrophic = highWater(ManagedParks.CAO_BANG, FALLS, "none");
        catastrophic.put("severity", "catastrophic");
        assertRefused(http.post("/api/v1/hazards", CB_MANAGER, catastrophic), "severity", "low, moderate, high, extreme");

        Map<String, Object> backwards = highWater(ManagedParks.CAO_BANG, FALLS, "none");
        backwards.put("valid_from", "2026-12-10T00:00:00Z");
        backwards.put("valid_until", "2026-12-01T00:00:00Z");
        assertRefused(http.post("/api/v1/hazards", CB_MANAGER, backwards), "valid_until", "must come after valid_from");

        Map<String, Object> abroad = highWater(ManagedParks.CAO_BANG, null, "none");
        abroad.put("geometry", Map.of("type", "Point", "coordinates", List.of(105.2, 21.0)));
        assertRefused(http.post("/api/v1/hazards", CB_MANAGER, abroad), "geometry", "outside park");

        Map<String, Object> typo = highWater(ManagedParks.CAO_BANG, FALLS, "none");
        typo.put("severty", "high");
        assertRefused(http.post("/api/v1/hazards", CB_MANAGER, typo), "severty", "is not a field of hazards");

        Map<String, Object> elsewhere = highWater(ManagedParks.CAO_BANG, KENG_TAO, "closed");
        assertRefused(http.post("/api/v1/hazards", ADMIN, elsewhere), "place", "a hazard belongs to the park of its place");

        Map<String, Object> noPlace = highWater(ManagedParks.CAO_BANG, null, "closed");
        noPlace.put("geometry", Map.of("type", "Point", "coordinates", List.of(106.72, 22.85)));
        assertRefused(http.post("/api/v1/hazards", CB_MANAGER, noPlace), "place_effect", "name it");
    }

    @Test
    void aRecordImportedJustOutsideItsParkIsEditedWhereItIsButNotMovedFurtherOut() {
        hazards.importOne(new ImportKey("test", "border-crossing"), HazardFixtures.highWater("cb-hz-border-ford", null, HazardStatus.ACTIVE,
                Instant.parse("2026-01-01T00:00:00Z"), null, Map.of("position_precision", "±5 km")), ImportOptions.keepEdits("test"));
        // where an import may put it: a few kilometres outside the park, within the importer's margin
        jdbc.update("UPDATE hazard SET geom = ST_SetSRID(ST_MakePoint(106.93, 22.70), 4326) WHERE id = 'cb-hz-border-ford'");
        String path = "/api/v1/hazards/cb-hz-border-ford";

        EditHttp.Answer severity = http.patch(path, CB_MANAGER, http.get(path, CB_MANAGER).etag(), Map.of("severity", "low"));
        EditHttp.Answer further = http.patch(path, CB_MANAGER, severity.etag(),
                Map.of("geometry", Map.of("type", "Point", "coordinates", List.of(106.98, 22.70))));

        assertThat(severity.status()).as(severity.toString()).isEqualTo(200);
        assertRefused(further, "geometry", "outside park");
    }

    @Test
    void scriptTagsAreStoredAsTextAndNeverRenderedAsHtml() {
        Map<String, Object> body = highWater(ManagedParks.CAO_BANG, FALLS, "none");
        body.put("title", Map.of("en", "<script>alert('falls')</script> Slippery rocks"));
        EditHttp.Answer created = http.post("/api/v1/hazards", CB_MANAGER, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();

        assertThat(created.json().path("title").path("en").asText()).isEqualTo("<script>alert('falls')</script> Slippery rocks");
        assertThat(created.header("Content-Type")).startsWith("application/json");
        EditHttp.Answer page = http.call("/ogc/collections/hazards/items/" + id + "?f=html&lang=en").send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).as("never markup, nor the end of the page's own scripts")
                .doesNotContain("alert('falls')</script>").contains("<h1>&lt;script&gt;alert(&#39;falls&#39;)&lt;/script&gt; Slippery rocks</h1>");
    }

    static void assertRefused(EditHttp.Answer answer, String field, String message) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().path("field").asText()).isEqualTo(field);
        assertThat(answer.json().path("detail").asText()).contains(message);
    }
}
