package org.geoparks.catalogue.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.geoparks.catalogue.hazard.HazardService;
import org.geoparks.catalogue.itinerary.Http;
import org.geoparks.catalogue.itinerary.RouteTestData;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.route.RouteService;
import org.geoparks.catalogue.testing.Accounts;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** An operator's key from creation to revocation, and what it unlocks. */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "catalogue.operators.anonymous-limit=100000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorKeysIT {

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

    Http http;

    @BeforeAll
    void routes() {
        RouteTestData.load(parks, places, routes, hazards, jdbc);
        http = Http.on(port);
    }

    @Test
    void aKeyIsShownOnceStoredHashedUsedAndRevoked() {
        ApiKeys.NewKey created = keys.create("bangioc-travel", "booking system", "test");
        assertThat(created.accountCreated()).isTrue();
        assertThat(created.key()).startsWith("gpk_" + created.info().prefix() + "_");
        String stored = jdbc.queryForObject("SELECT secret_hash FROM api_key WHERE prefix = ?", String.class, created.info().prefix());
        assertThat(stored).doesNotContain(created.key().substring(15)).hasSize(64);
        assertThat(jdbc.queryForList("SELECT role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.username = 'bangioc-travel'",
                String.class)).containsExactly("operator");

        HttpResponse<byte[]> export = http.bytes("/api/v1/parks/non-nuoc-cao-bang/routes.gpx", "X-API-Key", created.key());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(keys.list("bangioc-travel").get(0).lastUsedAt()).as("last used, written by the request").isNotNull();
        assertThat(jdbc.queryForList("SELECT entity_type FROM audit_log WHERE entity_id = ?", String.class, created.info().prefix()))
                .containsExactly("api_key");

        assertThat(keys.revoke(created.info().prefix(), "test")).isTrue();
        HttpResponse<String> refused = http.get("/api/v1/routes", "X-API-Key", created.key());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(http.read(refused.body()).path("type").asText()).endsWith("invalid-api-key");
        assertThat(keys.revoke(created.info().prefix(), "test")).as("revoking twice says so").isFalse();
        assertThat(keys.list("bangioc-travel").get(0).revokedAt()).isNotNull();
    }

    @Test
    void aSecondKeyOfTheSameOperatorReusesItsAccount() {
        keys.create("detian-tours", null, "test");
        ApiKeys.NewKey second = keys.create("Detian-Tours", "second system", "test");
        assertThat(second.accountCreated()).isFalse();
        assertThat(keys.list("detian-tours")).hasSize(2);
    }

    @Test
    void aMalformedOrUnknownKeyIsRefusedNotIgnored() {
        assertThat(http.get("/api/v1/routes", "X-API-Key", "letmein").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/routes", "X-API-Key", "gpk_abcdefghij_ABCDEFGHIJKLMNOPQRSTUVWXYZ012345").statusCode()).isEqualTo(401);
        assertThat(http.get("/ogc/collections", "X-API-Key", "letmein").statusCode()).as("everywhere").isEqualTo(401);
        assertThat(http.get("/api/v1/routes").statusCode()).as("without a key: anonymous").isEqualTo(200);
    }

    @Test
    void keysAreForOperatorsAccountsOnly() {
        Accounts.create(jdbc, "ranger.cb", "a-long-password", "park_manager", "non-nuoc-cao-bang");
        assertThatThrownBy(() -> keys.create("ranger.cb", null, "test")).isInstanceOf(ApiKeys.KeyCommandException.class)
                .hasMessageContaining("not an operator's");
        assertThatThrownBy(() -> keys.create("No Spaces!", null, "test")).isInstanceOf(ApiKeys.KeyCommandException.class);
        assertThatThrownBy(() -> keys.revoke("zzzzzzzzzz", "test")).isInstanceOf(ApiKeys.KeyCommandException.class);
    }

    @Test
    void aParksRoutesInOneFileNeedAKey() {
        HttpResponse<String> anonymous = http.get("/api/v1/parks/non-nuoc-cao-bang/routes.gpx");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        JsonNode problem = http.read(anonymous.body());
        assertThat(problem.path("type").asText()).endsWith("api-key-required");
        assertThat(problem.path("detail").asText()).contains("X-API-Key");
        assertThat(http.get("/api/v1/routes/walk-east.gpx").statusCode()).as("one route needs no key").isEqualTo(200);
        String key = keys.create("cao-bang-explorer", null, "test").key();
        assertThat(http.get("/api/v1/parks/non-nuoc-cao-bang/routes.kml", "X-API-Key", key).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/parks/atlantis/routes.gpx", "X-API-Key", key).statusCode()).isEqualTo(404);
    }
}
