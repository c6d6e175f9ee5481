package org.geoparks.catalogue.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.n52.jackson.datatype.jts.JtsModule;
import java.util.Map;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Small, recognisable test values (positions around Bản Giốc, Cao Bằng). */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JtsModule());

    private Fixtures() {
    }

    /** Jackson as the service configures it for GeoJSON geometries. */
    public static ObjectMapper json() {
        return JSON;
    }

    public static LocalizedText trilingual(String vi, String en, String zh) {
        return LocalizedText.of(Map.of("vi", vi, "en", en, "zh-Hans", zh));
    }

    public static Point point(double lon, double lat) {
        return Geometries.FACTORY.createPoint(new Coordinate(lon, lat));
    }

    /** A rectangle given as west, south, east, north, counter-clockwise. */
    public static Polygon box(double west, double south, double east, double north) {
        return Geometries.FACTORY.createPolygon(new Coordinate[] {
                new Coordinate(west, south), new Coordinate(east, south), new Coordinate(east, north),
                new Coordinate(west, north), new Coordinate(west, south)});
    }

    public static MultiPolygon multi(Polygon... polygons) {
        return Geometries.FACTORY.createMultiPolygon(polygons);
    }

    /** A park around Trùng Khánh and Bản Giốc. */
    public static MultiPolygon caoBangBox() {
        return multi(box(106.3, 22.5, 106.9, 23.0));
    }

    public static List<String> vietnameseParkLanguages() {
        return List.of("vi", "en", "zh-Hans");
    }
}
