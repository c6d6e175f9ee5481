package org.geoparks.catalogue.park;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.testing.Accounts;
import org.geoparks.catalogue.testing.PostgisTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParkApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ParkService parks;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    RestClient http;

    @BeforeAll
    void loadAPark() {
        parks.importOne(new ImportKey("test", "cb"), ParkFixtures.caoBang(), ImportOptions.keepEdits("test"));
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    }

    @Test
    void parksAreAGeoJsonFeatureCollectionWithLonLatBoundaries() throws Exception {
        ResponseEntity<String> response = http.get().uri("/api/v1/parks").retrieve().toEntity(String.class);

        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/geo+json");
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.path("type").asText()).isEqualTo("FeatureCollection");
        JsonNode park = body.path("features").get(0);
        assertThat(park.path("type").asText()).isEqualTo("Feature");
        assertThat(park.path("id").asText()).isEqualTo("non-nuoc-cao-bang");
        assertThat(park.path("geometry").path("type").asText()).isEqualTo("MultiPolygon");
        JsonNode first = park.path("geometry").path("coordinates").get(0).get(0).get(0);
        assertThat(first.get(0).asDouble()).as("longitude first").isBetween(106.0, 107.0);
        assertThat(first.get(1).asDouble()).as("then latitude").isBetween(22.0, 23.5);
        assertThat(park.path("properties").path("name").path("zh-Hans").asText()).isEqualTo("高平山水世界地质公园");
    }

    @Test
    void boundariesFollowTheRightHandRule() throws Exception {
        JsonNode ring = json.readTree(http.get().uri("/api/v1/parks/non-nuoc-cao-bang").retrieve().body(String.class))
                .path("geometry").path("coordinates").get(0).get(0);
        double area = 0; // shoelace: positive when counter-clockwise
        for (int i = 0; i + 1 < ring.size(); i++) {
            area += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
                    - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
        }
        assertThat(area).isPositive();
    }

    @Test
    void anUnknownParkIsA404ProblemDocument() throws Exception {
        ResponseEntity<String> response = http.get().uri("/api/v1/parks/atlantis")
                .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("detail").asText()).contains("atlantis");
    }

    @Test
    void healthReportsTheDatabaseToAdministratorsAndOnlyTheStatusToOthers() throws Exception {
        JsonNode anonymous = json.readTree(http.get().uri("/actuator/health").retrieve().body(String.class));
        assertThat(anonymous.path("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).as("no disk paths or sizes for anybody").isFalse();
        Accounts.create(jdbc, "health-admin", "health-password", "admin", null);
        JsonNode health = json.readTree(http.get().uri("/actuator/health")
                .header("Authorization", Accounts.bearer(port, "health-admin", "health-password")).retrieve().body(String.class));
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("details").path("database").asText()).isEqualTo("PostgreSQL");
    }
}
