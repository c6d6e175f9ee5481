package org.geoparks.catalogue.itinerary;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.hazard.HazardFixtures;
import org.geoparks.catalogue.hazard.HazardService;
import org.geoparks.catalogue.hazard.HazardStatus;
import org.geoparks.catalogue.park.ParkFixtures;
import org.geoparks.catalogue.park.ParkService;
import org.geoparks.catalogue.place.PlaceFixtures;
import org.geoparks.catalogue.place.PlaceKind;
import org.geoparks.catalogue.place.PlaceService;
import org.geoparks.catalogue.provenance.ImportKey;
import org.geoparks.catalogue.provenance.ImportOptions;
import org.geoparks.catalogue.route.Difficulty;
import org.geoparks.catalogue.route.GeometryQuality;
import org.geoparks.catalogue.route.RouteDraft;
import org.geoparks.catalogue.route.RouteFixtures;
import org.geoparks.catalogue.route.RouteMode;
import org.geoparks.catalogue.route.RouteService;
import org.geoparks.catalogue.testing.Fixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Routes laid out on parallels in Non nước Cao Bằng, each for one question an operator asks:
 * filters, the hazard buffer (a hazard 40 m from a line, one 60 m away), closed stops at the
 * start or in the middle, an extreme hazard, a hazard of the rainy season.
 */
public final class RouteTestData {

    /** Metres per degree of latitude at 22.8° N (the meridian arc), to put hazards at a distance from an east-west line. */
    public static final double METRES_PER_DEGREE_LATITUDE = 110_741;
    public static final String PARK = "non-nuoc-cao-bang";

    private RouteTestData() {
    }

    public static void load(ParkService parks, PlaceService places, RouteService routes, HazardService hazards, JdbcTemplate jdbc) {
        ImportOptions options = ImportOptions.keepEdits("test");
        parks.importOne(new ImportKey("test", "park"), ParkFixtures.caoBang(), options);
        place(places, "t-a", PlaceKind.VIEWPOINT, 106.70, 22.80, Map.of());
        place(places, "t-b", PlaceKind.CAVE, 106.71, 22.80, Map.of());
        place(places, "t-c", PlaceKind.WATERFALL, 106.72, 22.80, Map.of());
        place(places, "t-d", PlaceKind.HISTORICAL_RELIC, 106.40, 22.60, Map.of());
        place(places, "t-e", PlaceKind.HISTORICAL_RELIC, 106.75, 22.60, Map.of());
        place(places, "t-f", PlaceKind.LANDFORM, 106.60, 22.90, Map.of());
        place(places, "t-g", PlaceKind.LANDFORM, 106.70, 22.90, Map.of());
        place(places, "t-p1", PlaceKind.VIEWPOINT, 106.50, 22.70, Map.of());
        place(places, "t-p2", PlaceKind.CAVE, 106.51, 22.70, Map.of("status", "closed", "status_reason", java.util.Map.of("en", "Closed after a rockfall", "vi", "Đóng cửa do đá lở")));
        place(places, "t-p3", PlaceKind.VIEWPOINT, 106.52, 22.70, Map.of());
        place(places, "t-p4", PlaceKind.VIEWPOINT, 106.53, 22.70, Map.of());
        place(places, "t-q1", PlaceKind.VIEWPOINT, 106.50, 22.65, Map.of());
        place(places, "t-q2", PlaceKind.VIEWPOINT, 106.52, 22.65, Map.of());
        place(places, "t-s1", PlaceKind.VIEWPOINT, 106.50, 22.55, Map.of());
        place(places, "t-s2", PlaceKind.CAVE, 106.52, 22.55, Map.of());

        route(routes, "walk-east", RouteMode.WALK, Difficulty.EASY, 2.0, List.of("geology", "karst"), List.of("t-a", "t-b", "t-c"),
                106.70, 22.80, 106.72, 22.80);
        route(routes, "car-long", RouteMode.CAR, Difficulty.MODERATE, 8.0, List.of("history"), List.of("t-d", "t-e"),
                106.40, 22.60, 106.75, 22.60);
        route(routes, "bike-north", RouteMode.BIKE, Difficulty.HARD, 4.0, List.of("geology", "border"), List.of("t-f", "t-g"),
                106.60, 22.90, 106.70, 22.90);
        route(routes, "v-closed-middle", RouteMode.WALK, Difficulty.EASY, 1.0, List.of("karst"), List.of("t-p1", "t-p2", "t-p3"),
                106.50, 22.70, 106.52, 22.70);
        route(routes, "v-closed-first", RouteMode.WALK, Difficulty.EASY, 1.0, List.of("karst"), List.of("t-p2", "t-p3", "t-p4"),
                106.51, 22.70, 106.53, 22.70);
        route(routes, "v-extreme", RouteMode.WALK, Difficulty.EASY, 1.0, List.of("karst"), List.of("t-q1", "t-q2"),
                106.50, 22.65, 106.52, 22.65);
        route(routes, "v-seasonal", RouteMode.WALK, Difficulty.EASY, 1.0, List.of("karst"), List.of("t-s1", "t-s2"),
                106.50, 22.55, 106.52, 22.55);

        Instant since = Instant.parse("2020-01-01T00:00:00Z");
        double d40 = 40 / METRES_PER_DEGREE_LATITUDE;
        double d60 = 60 / METRES_PER_DEGREE_LATITUDE;
        hazard(hazards, jdbc, "h-40m", null, HazardStatus.ACTIVE, since, Map.of("severity", "moderate"), 106.705, 22.80 + d40);
        hazard(hazards, jdbc, "h-60m", null, HazardStatus.ACTIVE, since, Map.of("severity", "extreme"), 106.705, 22.80 + d60);
        hazard(hazards, jdbc, "h-extreme-on-line", null, HazardStatus.ACTIVE, since, Map.of("severity", "extreme"), 106.51, 22.65);
        hazard(hazards, jdbc, "h-rainy-season", "t-s2", HazardStatus.SEASONAL, since,
                Map.of("severity", "moderate", "season_start", "06-01", "season_end", "09-30"), 106.52, 22.55);
    }

    static void place(PlaceService places, String id, PlaceKind kind, double lon, double lat, Map<String, Object> more) {
        places.importOne(new ImportKey("test", id), PlaceFixtures.place(id, kind, Fixtures.trilingual("Điểm " + id, "Place " + id, "地点 " + id),
                Fixtures.point(lon, lat), more), ImportOptions.keepEdits("test"));
    }

    static void route(RouteService routes, String id, RouteMode mode, Difficulty difficulty, double hours, List<String> themes,
                      List<String> stops, double... line) {
        routes.importOne(new ImportKey("test", id), new RouteDraft(id, PARK, Fixtures.trilingual("Tuyến " + id, "Route " + id, "线路 " + id),
                Fixtures.trilingual("Mô tả " + id, "About " + id, "关于 " + id), List.of(), mode, difficulty, hours, themes, List.of(),
                GeometryQuality.SURVEYED, RouteFixtures.line(line), stops, List.of("test")), ImportOptions.keepEdits("test"));
    }

    /** A hazard at a point (the fixture's area moved there). */
    public static void hazard(HazardService hazards, JdbcTemplate jdbc, String id, String placeId, HazardStatus status, Instant from,
                              Map<String, Object> more, double lon, double lat) {
        hazards.importOne(new ImportKey("test", id), HazardFixtures.highWater(id, placeId, status, from, null, new HashMap<>(more)),
                ImportOptions.keepEdits("test"));
        jdbc.update("UPDATE hazard SET geom = ST_SetSRID(ST_MakePoint(?, ?), 4326) WHERE id = ?", lon, lat, id);
    }
}
