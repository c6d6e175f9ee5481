package org.geoparks.catalogue.itinerary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.geoparks.catalogue.hazard.HazardService;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.route.RouteService;
import org.geoparks.catalogue.testing.PostgisTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The operators' routes API over real PostGIS: every filter, their combinations, the hazard buffer, verdicts and bad input. */
@PostgisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"catalogue.operators.anonymous-limit=100000", "catalogue.routes.hazard-buffer-m=50"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutesApiIT {

    @LocalServerPort
    int port;
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
    void routesOfEveryKind() {
        RouteTestData.load(parks, places, routes, hazards, jdbc);
        jdbc.update("INSERT INTO partner (id, park_id, type, name, geom) VALUES"
                + " ('t-homestay-near-a', 'non-nuoc-cao-bang', 'homestay', '{\"en\": \"Homestay by A\", \"vi\": \"Nhà nghỉ A\"}', ST_SetSRID(ST_MakePoint(106.701, 22.801), 4326)),"
                + " ('t-restaurant-near-a', 'non-nuoc-cao-bang', 'restaurant', '{\"en\": \"Restaurant by A\"}', ST_SetSRID(ST_MakePoint(106.703, 22.80), 4326)),"
                + " ('t-homestay-far', 'non-nuoc-cao-bang', 'homestay', '{\"en\": \"Far homestay\"}', ST_SetSRID(ST_MakePoint(106.80, 22.80), 4326))");
        jdbc.update("INSERT INTO narration (id, place_id, language, title, script) VALUES"
                + " ('n-a-vi', 't-a', 'vi', 'A', 'Đây là A.'), ('n-a-zh', 't-a', 'zh-Hans', 'A', '这是A。')");
        http = Http.on(port);
    }

    private List<String> ids(String query) {
        JsonNode body = http.ok("/api/v1/routes" + query);
        List<String> ids = new ArrayList<>();
        body.path("features").forEach(f -> ids.add(f.path("id").asText()));
        return ids;
    }

    @Test
    void theFixtureHazardsAreWhereTheTestSaysTheyAre() {
        Double d40 = jdbc.queryForObject("SELECT ST_Distance(h.geom::geography, r.geom::geography) FROM hazard h, route r"
                + " WHERE h.id = 'h-40m' AND r.id = 'walk-east'", Double.class);
        Double d60 = jdbc.queryForObject("SELECT ST_Distance(h.geom::geography, r.geom::geography) FROM hazard h, route r"
                + " WHERE h.id = 'h-60m' AND r.id = 'walk-east'", Double.class);
        assertThat(d40).isBetween(39.5, 40.5);
        assertThat(d60).isBetween(59.5, 60.5);
    }

    @Test
    void everyRouteIsListedWithLengthDurationStopsThemesAndHazardSummary() {
        JsonNode body = http.ok("/api/v1/routes?lang=en");
        assertThat(body.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(body.path("numberMatched").asInt()).isEqualTo(7);
        JsonNode walk = feature(body, "walk-east");
        JsonNode p = walk.path("properties");
        assertThat(p.path("name").asText()).isEqualTo("Route walk-east");
        assertThat(p.path("length_m").asDouble()).as("2 km east along 22.8° N, on the ellipsoid").isBetween(2040.0, 2060.0);
        assertThat(p.path("duration_hours").asDouble()).isEqualTo(2.0);
        assertThat(p.path("stop_count").asInt()).isEqualTo(3);
        assertThat(p.path("themes")).extracting(JsonNode::asText).containsExactly("geology", "karst");
        assertThat(p.path("hazards").path("verdict").asText()).isEqualTo("caution");
        assertThat(p.path("hazards").path("hazards")).extracting(JsonNode::asText).containsExactly("h-40m");
        assertThat(walk.path("geometry").path("type").asText()).isEqualTo("LineString");
    }

    @Test
    void aRoutesPropertiesAreItsLayersDeclaredFieldsAndWhatThisApiAdds() {
        java.util.Set<String> declared = new java.util.TreeSet<>();
        org.geoparks.catalogue.route.RouteLayer.DECLARATION.fields().stream().filter(org.geoparks.catalogue.layer.Field::isPublic)
                .forEach(f -> declared.add(f.name()));
        java.util.Set<String> listed = new java.util.TreeSet<>();
        http.ok("/api/v1/routes?limit=1").path("features").get(0).path("properties").fieldNames().forEachRemaining(listed::add);
        java.util.Set<String> expected = new java.util.TreeSet<>(declared);
        expected.addAll(List.of("stop_count", "hazards"));
        assertThat(listed).isEqualTo(expected);
        java.util.Set<String> detailed = new java.util.TreeSet<>();
        http.ok("/api/v1/routes/walk-east").path("properties").fieldNames().forEachRemaining(detailed::add);
        expected.addAll(List.of("itinerary", "partner_radius_m"));
        assertThat(detailed).isEqualTo(expected);
        assertThat(RouteQuery.allowedParameters()).as("the declared filters are parameters")
                .contains("park", "mode", "difficulty", "theme");
    }

    @Test
    void eachDeclaredFilterSelects() {
        assertThat(ids("?mode=bike")).containsExactly("bike-north");
        assertThat(ids("?difficulty=moderate")).containsExactly("car-long");
        assertThat(ids("?theme=history")).containsExactly("car-long");
        assertThat(ids("?theme=geology")).containsExactly("bike-north", "walk-east");
        assertThat(ids("?park=non-nuoc-cao-bang")).hasSize(7);
    }

    @Test
    void lengthDurationPassesNearAndBoxSelect() {
        assertThat(ids("?maxLengthKm=3")).doesNotContain("car-long", "bike-north").contains("walk-east", "v-seasonal");
        assertThat(ids("?maxLengthKm=40")).hasSize(7);
        assertThat(ids("?maxDurationH=1.5")).containsExactly("v-closed-first", "v-closed-middle", "v-extreme", "v-seasonal");
        assertThat(ids("?passes=t-b")).containsExactly("walk-east");
        assertThat(ids("?passes=t-p2")).containsExactly("v-closed-first", "v-closed-middle");
        assertThat(ids("?near=22.905,106.65&radius=1000")).containsExactly("bike-north");
        assertThat(ids("?near=22.905,106.65&radius=300")).isEmpty();
        assertThat(ids("?bbox=106.39,22.59,106.76,22.61")).containsExactly("car-long");
    }

    @Test
    void filtersCombine() {
        assertThat(ids("?theme=geology&mode=walk")).containsExactly("walk-east");
        assertThat(ids("?theme=geology&maxLengthKm=5")).containsExactly("walk-east");
        assertThat(ids("?theme=karst&passes=t-p2&maxDurationH=1")).containsExactly("v-closed-first", "v-closed-middle");
        assertThat(ids("?mode=walk&difficulty=hard")).isEmpty();
        assertThat(ids("?near=22.80,106.71&radius=2000&theme=geology&mode=walk&maxLengthKm=3")).containsExactly("walk-east");
    }

    @Test
    void sortingAndPaging() {
        assertThat(ids("?sort=-length&limit=2")).containsExactly("car-long", "bike-north");
        assertThat(ids("?sort=duration&limit=1&offset=0&theme=geology")).containsExactly("walk-east");
        assertThat(ids("?sort=-duration")).first().isEqualTo("car-long");
        JsonNode page = http.ok("/api/v1/routes?limit=2&offset=2");
        assertThat(page.path("numberMatched").asInt()).isEqualTo(7);
        assertThat(page.path("numberReturned").asInt()).isEqualTo(2);
        assertThat(ids("?sort=name&lang=en")).first().isEqualTo("bike-north");
    }

    @Test
    void aRouteHasItsStopsInOrderWithStatusNarrationLanguagesAndPartnersNearby() {
        JsonNode route = http.ok("/api/v1/routes/walk-east?lang=en&partnerRadius=1000");
        assertThat(route.path("properties").path("stops")).as("the declared field, as in the list")
                .extracting(JsonNode::asText).containsExactly("t-a", "t-b", "t-c");
        JsonNode stops = route.path("properties").path("itinerary");
        assertThat(stops).hasSize(3);
        assertThat(stops.get(0).path("position").asInt()).isEqualTo(1);
        JsonNode a = stops.get(0).path("place");
        assertThat(a.path("id").asText()).isEqualTo("t-a");
        assertThat(a.path("properties").path("status").asText()).isEqualTo("open");
        assertThat(a.path("properties").path("narration_languages")).extracting(JsonNode::asText).containsExactly("vi", "zh-Hans");
        assertThat(stops.get(0).path("partners")).extracting(p -> p.path("id").asText())
                .containsExactly("t-homestay-near-a", "t-restaurant-near-a");
        assertThat(stops.get(0).path("partners").get(0).path("properties").path("distance_m").asDouble()).isBetween(145.0, 160.0);
        assertThat(stops.get(0).path("partners").get(1).path("properties").path("distance_m").asDouble()).isBetween(300.0, 315.0);
        assertThat(stops.get(2).path("place").path("id").asText()).isEqualTo("t-c");
        assertThat(route.path("properties").path("hazards").path("verdict").asText()).isEqualTo("caution");
        assertThat(http.get("/api/v1/routes/no-such-route").statusCode()).isEqualTo(404);
    }

    @Test
    void aHazardFortyMetresFromTheLineIsOnItAndOneSixtyMetresAwayIsNot() {
        JsonNode hazards = http.ok("/api/v1/routes/walk-east/hazards?date=2031-03-10&lang=vi");
        assertThat(hazards.path("features")).extracting(f -> f.path("id").asText()).containsExactly("h-40m");
        JsonNode h = hazards.path("features").get(0).path("properties");
        assertThat(h.path("severity").asText()).isEqualTo("moderate");
        assertThat(h.path("advice").asText()).isEqualTo("Không xuống bè khi nước đục");
        assertThat(h.path("near_line").asBoolean()).isTrue();
        assertThat(hazards.path("buffer_m").asDouble()).isEqualTo(50.0);
        assertThat(hazards.path("verdict").asText()).as("the extreme hazard 60 m away does not block").isEqualTo("caution");
    }

    @Test
    void aClosedStopInTheMiddleIsSkippedButAClosedFirstStopBlocks() {
        JsonNode middle = http.ok("/api/v1/routes/v-closed-middle/hazards?date=2031-03-10");
        assertThat(middle.path("verdict").asText()).isEqualTo("caution");
        assertThat(middle.path("closed_stops")).extracting(JsonNode::asInt).containsExactly(2);
        assertThat(middle.path("reasons").get(0).path("code").asText()).isEqualTo("stop-closed");
        assertThat(middle.path("reasons").get(0).path("skippable").asBoolean()).isTrue();
        JsonNode first = http.ok("/api/v1/routes/v-closed-first/hazards?date=2031-03-10");
        assertThat(first.path("verdict").asText()).isEqualTo("blocked");
        assertThat(first.path("reasons").get(0).path("skippable").asBoolean()).isFalse();
    }

    @Test
    void anExtremeHazardOnTheLineBlocks() {
        JsonNode extreme = http.ok("/api/v1/routes/v-extreme/hazards?date=2031-03-10");
        assertThat(extreme.path("verdict").asText()).isEqualTo("blocked");
        assertThat(extreme.path("reasons").get(0).path("code").asText()).isEqualTo("line-hazard");
    }

    @Test
    void aSeasonalHazardCountsInItsSeasonOfAnyYear() {
        JsonNode july = http.ok("/api/v1/routes/v-seasonal/hazards?date=2031-07-15");
        assertThat(july.path("verdict").asText()).isEqualTo("caution");
        assertThat(july.path("features").get(0).path("properties").path("affected_stops")).extracting(JsonNode::asInt).containsExactly(2);
        assertThat(http.ok("/api/v1/routes/v-seasonal/hazards?date=2031-12-15").path("verdict").asText()).isEqualTo("clear");
        assertThat(http.ok("/api/v1/routes/v-seasonal/hazards?date=2019-07-15").path("verdict").asText())
                .as("not before it was first in force").isEqualTo("clear");
        assertThat(ids("?date=2031-07-15&theme=karst&maxDurationH=1")).contains("v-seasonal");
        JsonNode list = http.ok("/api/v1/routes?date=2031-12-15&passes=t-s2");
        assertThat(list.path("features").get(0).path("properties").path("hazards").path("verdict").asText()).isEqualTo("clear");
    }

    @Test
    void partnersAndPlacesNearAPlace() {
        JsonNode homestays = http.ok("/api/v1/places/t-a/nearby?kind=partner&type=homestay&radius=1000");
        assertThat(homestays.path("features")).extracting(f -> f.path("id").asText()).containsExactly("t-homestay-near-a");
        JsonNode all = http.ok("/api/v1/places/t-a/nearby?radius=20000");
        assertThat(all.path("features")).extracting(f -> f.path("id").asText())
                .containsExactly("t-homestay-near-a", "t-restaurant-near-a", "t-homestay-far");
        JsonNode caves = http.ok("/api/v1/places/t-a/nearby?kind=place&type=cave&radius=2000");
        assertThat(caves.path("features")).extracting(f -> f.path("id").asText()).containsExactly("t-b");
        assertThat(http.get("/api/v1/places/nowhere/nearby").statusCode()).isEqualTo(404);
    }

    @Test
    void badInputIsA400ThatSaysWhatToSend() {
        assertBad("/api/v1/routes?maxLengthKm=-3", "maxLengthKm", "positive");
        assertBad("/api/v1/routes?maxLengthKm=abc", "maxLengthKm", "not a number");
        assertBad("/api/v1/routes?maxDurationH=0", "maxDurationH", "positive");
        assertBad("/api/v1/routes?theme=volcanoes-on-mars", "theme", "geology");
        assertBad("/api/v1/routes?mode=plane", "mode", "bike");
        assertBad("/api/v1/routes?park=atlantis", "park", "non-nuoc-cao-bang");
        assertBad("/api/v1/routes?near=106.72,22.85", "near", "near=22.85,106.72");
        assertBad("/api/v1/routes?near=22.85", "near", "latitude");
        assertBad("/api/v1/routes?near=22.85,east", "near", "not a number");
        assertBad("/api/v1/routes?near=22.85,106.72&radius=-1", "radius", "positive");
        assertBad("/api/v1/routes?radius=100", "radius", "near");
        assertBad("/api/v1/routes?bbox=22.59,106.39,22.61,106.76", "bbox", "longitude first");
        assertBad("/api/v1/routes?bbox=106.39,22.61,106.76,22.59", "bbox", "south");
        assertBad("/api/v1/routes?bbox=1,2,3", "bbox", "four numbers");
        assertBad("/api/v1/routes?sort=popularity", "sort", "-length");
        assertBad("/api/v1/routes?passes=nowhere", "passes", "no place");
        assertBad("/api/v1/routes?maxLength=3", "maxLength", "maxLengthKm");
        assertBad("/api/v1/routes?lang=klingon", "lang", null);
        assertBad("/api/v1/routes?date=15-07-2031", "date", "2025-07-15");
        assertBad("/api/v1/routes/walk-east/hazards?date=tomorrow", "date", "calendar date");
        assertBad("/api/v1/places/t-a/nearby?radius=-5", "radius", "positive");
        assertBad("/api/v1/places/t-a/nearby?type=spaceport", "type", "homestay");
        assertBad("/api/v1/places/t-a/nearby?kind=volcano", "kind", "partner");
    }

    private void assertBad(String path, String parameter, String hint) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        JsonNode problem = http.read(response.body());
        assertThat(problem.path("parameter").asText()).as(path).isEqualTo(parameter);
        if (hint != null) {
            assertThat(problem.path("detail").asText()).as(path).contains(hint);
        }
    }

    private static JsonNode feature(JsonNode collection, String id) {
        for (JsonNode f : collection.path("features")) {
            if (f.path("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no feature " + id + " in " + collection);
    }
}
