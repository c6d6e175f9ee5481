package org.geoparks.catalogue.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.park.ParkDraft;
import org.geoparks.catalogue.park.ParkFixtures;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceFixtures;
import org.geoparks.catalogue.place.PlaceKind;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.testing.Accounts;
import org.geoparks.catalogue.testing.Fixtures;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Visitor feedback over HTTP: taken from anybody within its limits, never shown before a manager
 * of the place's park approves it, moderated only by those managers, rate limited per client (the
 * last test: it spends what the others left of this client's allowance).
 */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"catalogue.feedback.per-client=6", "catalogue.feedback.max-comment-length=200"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedbackApiIT {

    static final String PLACE = "cb-ban-gioc-waterfall";
    static final String PASSWORD = "moderate-with-care";

    @LocalServerPort
    int port;
    @Autowired
    ParkService parks;
    @Autowired
    PlaceService places;
    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void aPlaceAndTwoManagers() {
        ImportOptions options = ImportOptions.keepEdits("test");
        ParkDraft caoBang = ParkFixtures.caoBang();
        parks.importOne(new ImportKey("test", "park"), caoBang, options);
        parks.importOne(new ImportKey("test", "lang-son"), new ParkDraft("lang-son", caoBang.name(), caoBang.description(), "VN",
                caoBang.managingBody(), 2025, caoBang.languages(), List.of(), true, caoBang.boundaryQuality(), null, caoBang.boundary(),
                List.of("test"), null), options);
        places.importOne(new ImportKey("test", PLACE), PlaceFixtures.place(PLACE, PlaceKind.WATERFALL,
                Fixtures.trilingual("Thác Bản Giốc", "Bản Giốc Waterfall", "板约瀑布"), Fixtures.point(106.7215, 22.8553), Map.of()), options);
        Accounts.create(jdbc, "cb-manager", PASSWORD, "park_manager", "non-nuoc-cao-bang");
        Accounts.create(jdbc, "ls-manager", PASSWORD, "park_manager", "lang-son");
    }

    @Test
    @Order(1)
    void feedbackIsTakenFromAnybodyAndKeptOutOfSightUntilApproved() throws Exception {
        HttpResponse<String> sent = post("/api/v1/feedback", "{\"place\": \"" + PLACE + "\", \"rating\": 5, \"comment\": \"  Tuyệt vời <script>x</script> \", \"language\": \"vi\"}", null);
        assertThat(sent.statusCode()).isEqualTo(202);
        JsonNode answer = json.readTree(sent.body());
        assertThat(answer.path("status").asText()).isEqualTo("pending");
        long id = answer.path("id").asLong();

        JsonNode shown = get("/api/v1/places/" + PLACE + "/feedback", null);
        assertThat(shown.path("count").asInt()).isZero();
        assertThat(shown.path("items")).isEmpty();

        String manager = Accounts.bearer(port, "cb-manager", PASSWORD);
        JsonNode queue = get("/api/v1/feedback?status=pending", manager);
        JsonNode item = queue.path("items").get(0);
        assertThat(item.path("id").asLong()).isEqualTo(id);
        assertThat(item.path("comment").asText()).as("kept as the visitor wrote it, trimmed; pages show it as text").isEqualTo("Tuyệt vời <script>x</script>");
        assertThat(item.path("place_name").path("en").asText()).isEqualTo("Bản Giốc Waterfall");

        HttpResponse<String> approved = put("/api/v1/feedback/" + id + "/moderation", "{\"decision\": \"approve\"}", manager);
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(json.readTree(approved.body()).path("moderated_by").asText()).isEqualTo("cb-manager");
        shown = get("/api/v1/places/" + PLACE + "/feedback", null);
        assertThat(shown.path("count").asInt()).isEqualTo(1);
        assertThat(shown.path("average_rating").asDouble()).isEqualTo(5.0);
        assertThat(shown.path("items").get(0).path("comment").asText()).isEqualTo("Tuyệt vời <script>x</script>");
        assertThat(shown.path("items").get(0).has("moderated_by")).as("the public never sees who moderated").isFalse();
        assertThat(shown.path("items").get(0).has("id")).isFalse();

        assertThat(put("/api/v1/feedback/" + id + "/moderation", "{\"decision\": \"reject\"}", manager).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/places/" + PLACE + "/feedback", null).path("count").asInt()).as("hidden again").isZero();
    }

    @Test
    @Order(2)
    void onlyTheManagersOfThePlacesParkModerateIt() throws Exception {
        long id = json.readTree(post("/api/v1/feedback", "{\"place\": \"" + PLACE + "\", \"rating\": 2}", null).body()).path("id").asLong();
        String other = Accounts.bearer(port, "ls-manager", PASSWORD);

        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/feedback")).GET(), null).statusCode()).isEqualTo(401);
        assertThat(put("/api/v1/feedback/" + id + "/moderation", "{\"decision\": \"approve\"}", null).statusCode()).isEqualTo(401);
        HttpResponse<String> refused = put("/api/v1/feedback/" + id + "/moderation", "{\"decision\": \"approve\"}", other);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/feedback?park=non-nuoc-cao-bang")).GET(), other).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/feedback", other).path("items")).as("another park's queue is not theirs").isEmpty();
        assertThat(put("/api/v1/feedback/" + id + "/moderation", "{\"decision\": \"publish\"}",
                Accounts.bearer(port, "cb-manager", PASSWORD)).statusCode()).isEqualTo(422);
        assertThat(put("/api/v1/feedback/999999/moderation", "{\"decision\": \"approve\"}",
                Accounts.bearer(port, "cb-manager", PASSWORD)).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void badFeedbackIsRefusedWithTheFieldAtFault() throws Exception {
        assertRefused("{\"place\": \"" + PLACE + "\", \"rating\": 0}", 422, "rating");
        assertRefused("{\"place\": \"" + PLACE + "\", \"rating\": 6}", 422, "rating");
        assertRefused("{\"place\": \"" + PLACE + "\"}", 422, "rating");
        assertRefused("{\"place\": \"no-such-place\", \"rating\": 3}", 422, "place");
        assertRefused("{\"rating\": 3}", 422, "place");
        assertRefused("{\"place\": \"" + PLACE + "\", \"rating\": 3, \"comment\": \"" + "á".repeat(201) + "\"}", 422, "comment");
        assertRefused("{\"place\": \"" + PLACE + "\", \"rating\": 3, \"comment\": \"a\\u0000b\"}", 422, "comment");
        assertRefused("{\"place\": \"" + PLACE + "\", \"rating\": 3, \"language\": \"not a language\"}", 400, null);
        assertRefused("{\"place\": \"" + PLACE + "\", \"rating\": \"five\"}", 400, null);
        assertRefused("{not json", 400, null);
        assertThat(get("/api/v1/places/no-such-place/feedback", null).path("status").asInt()).isEqualTo(404);
        assertThat(post("/api/v1/feedback", "{\"place\": \"" + PLACE + "\", \"rating\": 3, \"comment\": \"" + "á".repeat(200) + "\"}", null).statusCode())
                .as("200 characters, however many bytes").isEqualTo(202);
    }

    @Test
    @Order(4)
    void oneClientMaySendOnlySoMuch() throws Exception {
        HttpResponse<String> answer = null;
        for (int i = 0; i < 7; i++) {
            answer = post("/api/v1/feedback", "{\"place\": \"" + PLACE + "\", \"rating\": 4}", null);
            if (answer.statusCode() == 429) {
                break;
            }
            assertThat(answer.statusCode()).isEqualTo(202);
        }
        assertThat(answer.statusCode()).as("at most 6 from one client").isEqualTo(429);
        assertThat(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json.readTree(answer.body()).path("detail").asText()).contains("At most 6");
        long stored = jdbc.queryForObject("SELECT count(*) FROM visitor_feedback", Long.class);
        assertThat(stored).isEqualTo(6);
    }

    private void assertRefused(String body, int status, String field) throws IOException, InterruptedException {
        HttpResponse<String> answer = post("/api/v1/feedback", body, null);
        assertThat(answer.statusCode()).as(body).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(json.readTree(answer.body()).path("field").asText()).isEqualTo(field);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> post(String path, String body, String bearer) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), bearer);
    }

    private HttpResponse<String> put(String path, String body, String bearer) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)), bearer);
    }

    private JsonNode get(String path, String bearer) throws IOException, InterruptedException {
        return json.readTree(send(HttpRequest.newBuilder(uri(path)).GET(), bearer).body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String bearer) throws IOException, InterruptedException {
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
