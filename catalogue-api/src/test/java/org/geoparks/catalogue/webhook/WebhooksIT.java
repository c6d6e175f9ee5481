package org.geoparks.catalogue.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.geoparks.catalogue.hazard.HazardService;
import org.geoparks.catalogue.itinerary.Http;
import org.geoparks.catalogue.itinerary.RouteTestData;
import org.geoparks.catalogue.operator.ApiKeys;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.route.RouteService;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Operators' webhooks end to end, with a receiver on a loopback port: a hazard that starts,
 * changes and ends on a followed route, a stop that closes, a park followed whole, a receiver that
 * fails once, and a season that opens and closes with nothing but change-log entries.
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalogue.operators.anonymous-limit=100000", "catalogue.webhooks.allow-private-targets=true",
        "catalogue.webhooks.poll-interval=200ms", "catalogue.webhooks.first-retry=1s", "catalogue.webhooks.max-retry=2s",
        "catalogue.webhooks.max-attempts=3", "catalogue.change-log.poll-interval=200ms"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhooksIT {

    static final MovableClock CLOCK = new MovableClock(Instant.parse("2031-05-20T00:00:00Z"));

    @TestConfiguration
    static class Time {
        @Bean
        Clock clock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;
    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    RouteService routes;
    @Autowired
    HazardService hazards;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    Http http;
    String key;

    @BeforeAll
    void routesAndAnOperator() {
        RouteTestData.load(parks, places, routes, hazards, jdbc);
        http = Http.on(port);
        key = keys.create("hook-tours", null, "test").key();
    }

    @AfterAll
    void clockBack() {
        CLOCK.set(Instant.parse("2031-05-20T00:00:00Z"));
    }

    /** Subscribes and gives the secret. */
    private JsonNode subscribe(Receiver receiver, String routesJson, String parksJson) {
        var response = http.send("POST", "/api/v1/webhooks", "{\"url\": \"" + receiver.url() + "\", \"routes\": " + routesJson
                + ", \"parks\": " + parksJson + ", \"lang\": \"en\"}", "X-API-Key", key);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return http.read(response.body());
    }

    /** A hazard written as an editor would, with its change-log entry in the same transaction. */
    private void hazardAt(String id, String severity, double lon, double lat) {
        tx.executeWithoutResult(s -> {
            jdbc.update("""
                    INSERT INTO hazard (id, park_id, type, severity, status, valid_from, title, advice, geom)
                    VALUES (?, 'non-nuoc-cao-bang', 'rockfall', ?, 'active', '2024-01-01', '{"en": "Rockfall", "vi": "Đá lở"}',
                            '{"en": "Keep to the far side", "vi": "Đi sát mép bên kia"}', ST_SetSRID(ST_MakePoint(?, ?), 4326))""",
                    id, severity, lon, lat);
            entry("hazard", id);
        });
    }

    private void edit(String sql, String entityType, String entityId, Object... args) {
        tx.executeWithoutResult(s -> {
            jdbc.update(sql, args);
            entry(entityType, entityId);
        });
    }

    private void entry(String entityType, String entityId) {
        jdbc.update("INSERT INTO change_log (entity_type, entity_id, operation, park_id) VALUES (?, ?, 'update', 'non-nuoc-cao-bang')",
                entityType, entityId);
    }

    private static JsonNode payload(Receiver.Received r) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The next notification about this route (others, of routes changed by other tests, are passed over). */
    private static Receiver.Received nextAbout(Receiver receiver, String route) throws InterruptedException {
        while (true) {
            Receiver.Received r = receiver.next(20);
            if (payload(r).path("route").asText().equals(route)) {
                return r;
            }
        }
    }

    private static List<String> changes(JsonNode payload) {
        List<String> out = new java.util.ArrayList<>();
        payload.path("changes").forEach(c -> out.add(c.path("change").asText() + ":" + (c.has("hazard") ? c.path("hazard").asText() : c.path("stop").asText())));
        return out;
    }

    @Test
    void aHazardThatStartsChangesAndEndsOnAFollowedRouteIsToldSigned() throws Exception {
        try (Receiver receiver = new Receiver()) {
            JsonNode subscription = subscribe(receiver, "[\"walk-east\"]", "[]");
            String secret = subscription.path("secret").asText();
            assertThat(secret).startsWith("whsec_");

            hazardAt("h-new-rockfall", "high", 106.715, 22.8002);
            Receiver.Received started = receiver.next(20);
            JsonNode body = payload(started);
            assertThat(body.path("type").asText()).isEqualTo("route.situation.changed");
            assertThat(body.path("route").asText()).isEqualTo("walk-east");
            assertThat(changes(body)).containsExactly("hazard-started:h-new-rockfall");
            assertThat(body.path("verdict").asText()).isEqualTo("caution");
            assertThat(body.path("hazards")).extracting(h -> h.path("id").asText()).contains("h-new-rockfall", "h-40m");

            // the signature: HMAC-SHA256 with the subscription's secret over "<timestamp>.<body>"
            String timestamp = started.header("Geopark-Timestamp");
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            assertThat(started.header("Geopark-Signature")).isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(started.body())));
            assertThat(Math.abs(Long.parseLong(timestamp) - System.currentTimeMillis() / 1000)).isLessThan(60);
            assertThat(started.header("Geopark-Delivery")).isEqualTo(body.path("id").asText());

            edit("UPDATE hazard SET severity = 'extreme', updated_at = now() WHERE id = 'h-new-rockfall'", "hazard", "h-new-rockfall");
            JsonNode changed = payload(receiver.next(20));
            assertThat(changes(changed)).containsExactly("hazard-changed:h-new-rockfall");
            assertThat(changed.path("verdict").asText()).isEqualTo("blocked");

            edit("UPDATE hazard SET status = 'resolved', updated_at = now() WHERE id = 'h-new-rockfall'", "hazard", "h-new-rockfall");
            JsonNode ended = payload(receiver.next(20));
            assertThat(changes(ended)).containsExactly("hazard-ended:h-new-rockfall");
            assertThat(ended.path("verdict").asText()).isEqualTo("caution");

            edit("UPDATE hazard SET title = title WHERE id = 'h-40m'", "hazard", "h-40m");
            assertThat(receiver.nextOrNull(2000)).as("an entry that changes nothing on the route tells nothing").isNull();

            long id = subscription.path("id").asLong();
            JsonNode log = http.ok("/api/v1/webhooks/" + id + "/deliveries", "X-API-Key", key);
            assertThat(log.path("deliveries")).hasSize(3);
            assertThat(log.path("deliveries")).allSatisfy(d -> {
                assertThat(d.path("status").asText()).isEqualTo("delivered");
                assertThat(d.path("log").get(0).path("status_code").asInt()).isEqualTo(204);
            });
        }
    }

    @Test
    void aClosedLastStopIsToldAsBlocking() throws Exception {
        try (Receiver receiver = new Receiver()) {
            subscribe(receiver, "[\"bike-north\"]", "[]");
            edit("UPDATE place SET status = 'closed', status_reason = '{\"en\": \"Landslide on the track\"}' WHERE id = 't-g'", "place", "t-g");
            JsonNode closed = payload(receiver.next(20));
            assertThat(changes(closed)).containsExactly("stop-closed:2");
            assertThat(closed.path("verdict").asText()).isEqualTo("blocked");
            edit("UPDATE place SET status = 'open', status_reason = NULL WHERE id = 't-g'", "place", "t-g");
            assertThat(changes(payload(receiver.next(20)))).containsExactly("stop-reopened:2");
        }
    }

    @Test
    void aReceiverThatFailsIsTriedAgainAndTheLogSaysSo() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.answer(500);
            JsonNode subscription = subscribe(receiver, "[\"car-long\"]", "[]");
            hazardAt("h-car-landslide", "moderate", 106.60, 22.6002);
            Receiver.Received first = receiver.next(20);
            Receiver.Received second = receiver.next(20);
            assertThat(second.header("Geopark-Delivery")).as("the same notification again").isEqualTo(first.header("Geopark-Delivery"));
            // The receiver has the request before the deliverer has its answer and writes the log.
            long deadline = System.currentTimeMillis() + 10_000;
            JsonNode delivery = firstDelivery(subscription);
            while (!"delivered".equals(delivery.path("status").asText()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
                delivery = firstDelivery(subscription);
            }
            assertThat(delivery.path("status").asText()).isEqualTo("delivered");
            assertThat(delivery.path("attempts").asInt()).isEqualTo(2);
            assertThat(delivery.path("log")).extracting(a -> a.path("status_code").asInt()).containsExactly(500, 204);
        }
    }

    @Test
    void aReceiverThatNeverAnswersWellIsGivenUpAfterTheLastAttempt() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.answer(503, 503, 503);
            JsonNode subscription = subscribe(receiver, "[\"v-closed-middle\"]", "[]");
            edit("UPDATE place SET status = 'caution' WHERE id = 't-p3'", "place", "t-p3");
            for (int i = 0; i < 3; i++) {
                receiver.next(20);
            }
            long id = subscription.path("id").asLong();
            long deadline = System.currentTimeMillis() + 10_000;
            JsonNode delivery;
            do {
                Thread.sleep(200);
                delivery = http.ok("/api/v1/webhooks/" + id + "/deliveries", "X-API-Key", key).path("deliveries").get(0);
            } while (!"failed".equals(delivery.path("status").asText()) && System.currentTimeMillis() < deadline);
            assertThat(delivery.path("status").asText()).isEqualTo("failed");
            assertThat(delivery.path("log")).extracting(a -> a.path("status_code").asInt()).containsExactly(503, 503, 503);
            assertThat(receiver.nextOrNull(2500)).as("no fourth attempt").isNull();
        }
    }

    @Test
    void aParkFollowedWholeTellsOfEachOfItsRoutes() throws Exception {
        try (Receiver receiver = new Receiver()) {
            subscribe(receiver, "[]", "[\"non-nuoc-cao-bang\"]");
            hazardAt("h-extreme-two", "extreme", 106.505, 22.65);
            JsonNode told = payload(nextAbout(receiver, "v-extreme"));
            assertThat(changes(told)).containsExactly("hazard-started:h-extreme-two");
        }
    }

    @Test
    void aSeasonThatOpensAndClosesIsToldFromChangeLogEntriesAlone() throws Exception {
        try (Receiver receiver = new Receiver()) {
            CLOCK.set(Instant.parse("2031-05-20T00:00:00Z"));
            subscribe(receiver, "[\"v-seasonal\"]", "[]");
            // the rainy season (06-01 to 09-30) comes within the two days looked ahead: an entry for the hazard, no edit
            CLOCK.set(Instant.parse("2031-05-31T01:00:00Z"));
            tx.executeWithoutResult(s -> entry("hazard-season", "h-rainy-season"));
            JsonNode opened = payload(nextAbout(receiver, "v-seasonal"));
            assertThat(changes(opened)).containsExactly("hazard-started:h-rainy-season");
            CLOCK.set(Instant.parse("2031-10-01T01:00:00Z"));
            tx.executeWithoutResult(s -> entry("hazard", "h-rainy-season"));
            JsonNode closed = payload(nextAbout(receiver, "v-seasonal"));
            assertThat(changes(closed)).containsExactly("hazard-ended:h-rainy-season");
            assertThat(closed.path("verdict").asText()).isEqualTo("clear");
        }
    }

    @Test
    void subscriptionsAreTheOperatorsOwnAndCheckedOnTheWayIn() {
        assertThat(http.get("/api/v1/webhooks").statusCode()).as("without a key").isEqualTo(401);
        assertThat(http.send("POST", "/api/v1/webhooks", "{\"url\": \"https://example.org/h\", \"routes\": [\"walk-east\"]}").statusCode())
                .isEqualTo(401);
        var noRoute = http.send("POST", "/api/v1/webhooks", "{\"url\": \"http://127.0.0.1:9/h\", \"routes\": [\"nowhere\"]}", "X-API-Key", key);
        assertThat(noRoute.statusCode()).isEqualTo(422);
        assertThat(http.read(noRoute.body()).path("field").asText()).isEqualTo("routes");
        var badUrl = http.send("POST", "/api/v1/webhooks", "{\"url\": \"ftp://example.org/h\", \"routes\": [\"walk-east\"]}", "X-API-Key", key);
        assertThat(badUrl.statusCode()).isEqualTo(422);
        assertThat(http.read(badUrl.body()).path("field").asText()).isEqualTo("url");
        var nothing = http.send("POST", "/api/v1/webhooks", "{\"url\": \"http://127.0.0.1:9/h\"}", "X-API-Key", key);
        assertThat(nothing.statusCode()).isEqualTo(422);

        var created = http.send("POST", "/api/v1/webhooks", "{\"url\": \"http://127.0.0.1:9/h\", \"routes\": [\"walk-east\"]}", "X-API-Key", key);
        long id = http.read(created.body()).path("id").asLong();
        String other = keys.create("other-hook-tours", null, "test").key();
        assertThat(http.get("/api/v1/webhooks/" + id, "X-API-Key", other).statusCode()).as("another operator's").isEqualTo(404);
        assertThat(http.send("DELETE", "/api/v1/webhooks/" + id, null, "X-API-Key", other).statusCode()).isEqualTo(404);
        JsonNode mine = http.ok("/api/v1/webhooks/" + id, "X-API-Key", key);
        assertThat(mine.has("secret")).as("the secret is shown once").isFalse();
        assertThat(http.send("DELETE", "/api/v1/webhooks/" + id, null, "X-API-Key", key).statusCode()).isEqualTo(204);
        assertThat(http.get("/api/v1/webhooks/" + id, "X-API-Key", key).statusCode()).isEqualTo(404);
    }

    private JsonNode firstDelivery(JsonNode subscription) throws Exception {
        return http.ok("/api/v1/webhooks/" + subscription.path("id").asLong() + "/deliveries", "X-API-Key", key).path("deliveries").get(0);
    }
}
