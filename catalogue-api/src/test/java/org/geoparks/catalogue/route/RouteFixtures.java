package org.geoparks.catalogue.route;

import java.util.List;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.testing.Fixtures;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/** Route drafts for tests. */
public final class RouteFixtures {

    private RouteFixtures() {
    }

    /** A line due north from (lon, lat), {@code degrees} of latitude long. */
    public static LineString northward(double lon, double lat, double degrees) {
        return line(lon, lat, lon, lat + degrees);
    }

    public static LineString line(double... lonLat) {
        Coordinate[] coordinates = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        return Geometries.FACTORY.createLineString(coordinates);
    }

    public static RouteDraft walk(String id, List<String> stops, Geometry line) {
        return new RouteDraft(id, "non-nuoc-cao-bang",
                Fixtures.trilingual("Đi bộ quanh thác", "A walk around the waterfall", "瀑布环游步道"),
                Fixtures.trilingual("Tuyến mẫu", "A sample route", "示例线路"),
                List.of("zh-Hans"), RouteMode.WALK, Difficulty.MODERATE, 2.5, List.of("geology", "border"),
                List.of(9, 10, 11), GeometryQuality.ROAD_TRACE, line, stops, List.of("test"));
    }
}
