package org.geoparks.importer.source.gpkg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.geoparks.importer.crs.SisReprojector;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.ReadOptions;
import org.geoparks.importer.source.SourceFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/**
 * geodata/tools/make-vn2000-layer.sh projects the Lạng Sơn places from WGS 84 to VN-2000 / UTM 48N
 * with GDAL (PROJ). Read back and reprojected by the importer (SIS), every place must land within
 * half a metre of where it started.
 */
class LangSonPlacesRoundTripTest {

    private static final Path VN2000 = Path.of("../geodata/layers/lang-son/places.vn2000.gpkg");
    private static final Path WGS84 = Path.of("../geodata/sources/lang-son-places.wgs84.geojson");

    @Test
    void everyPlaceComesBackWithinHalfAMetreOfItsWgs84Source() throws IOException {
        Map<String, double[]> sources = new HashMap<>();
        for (JsonNode feature : new ObjectMapper().readTree(WGS84.toFile()).path("features")) {
            JsonNode c = feature.path("geometry").path("coordinates");
            sources.put(feature.path("id").asText(), new double[] {c.get(0).asDouble(), c.get(1).asDouble()});
        }
        SisReprojector reprojector = new SisReprojector();
        int compared = 0;
        try (FeatureReader reader = new GeoPackageFormat().open(VN2000, ReadOptions.defaults())) {
            for (SourceFeature place = reader.next(); place != null; place = reader.next()) {
                double[] source = sources.get(place.attributes().get("ma_diem").toString());
                if (source == null) {
                    continue;
                }
                Coordinate wgs84 = reprojector.toWgs84(place.geometry(), reader.declaredCrs().orElseThrow()).getCoordinate();
                double metresEast = (wgs84.x - source[0]) * 111_320 * Math.cos(Math.toRadians(source[1]));
                double metresNorth = (wgs84.y - source[1]) * 110_574;
                assertThat(Math.hypot(metresEast, metresNorth)).as(place.attributes().get("ma_diem").toString()).isLessThan(0.5);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(20);
    }
}
