package org.geoparks.catalogue.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.geoparks.catalogue.support.InvalidRecordException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class GeometriesTest {

    private final WKTReader wkt = new WKTReader(Geometries.FACTORY);

    @Test
    void aClockwiseExteriorRingIsTurnedCounterClockwiseAndHolesClockwise() throws Exception {
        Polygon clockwise = (Polygon) wkt.read("POLYGON((106 22, 106 23, 107 23, 107 22, 106 22), (106.2 22.2, 106.8 22.2, 106.8 22.8, 106.2 22.8, 106.2 22.2))");
        Polygon fixed = (Polygon) Geometries.rightHandRule(clockwise);
        assertThat(Orientation.isCCW(fixed.getExteriorRing().getCoordinateSequence())).isTrue();
        assertThat(Orientation.isCCW(fixed.getInteriorRingN(0).getCoordinateSequence())).isFalse();
        assertThat(fixed.equalsTopo(clockwise)).isTrue();
    }

    @Test
    void aCompliantPolygonIsReturnedAsItIs() throws Exception {
        Geometry ccw = wkt.read("POLYGON((106 22, 107 22, 107 23, 106 23, 106 22))");
        assertThat(Geometries.rightHandRule(ccw)).isSameAs(ccw);
    }

    @Test
    void invalidGeometriesAreRefusedWithTheReasonAndPlace() throws Exception {
        Geometry bowtie = wkt.read("POLYGON((106 22, 107 23, 107 22, 106 23, 106 22))");
        assertThatThrownBy(() -> Geometries.requireValid("geometry", bowtie, Geometries.AREA))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("Self-intersection").hasMessageContaining("106.5");
    }

    @Test
    void coordinatesOutsideWgs84AreRefused() throws Exception {
        assertThatThrownBy(() -> Geometries.requireValid("geometry", wkt.read("POINT(676284 2528050)"), Geometries.POINT))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("not a WGS 84");
    }

    @Test
    void theGeometryTypeMustSuitTheLayer() throws Exception {
        assertThatThrownBy(() -> Geometries.requireValid("geometry", wkt.read("LINESTRING(106 22, 107 23)"), Geometries.POINT_OR_AREA))
                .hasMessageContaining("LineString is not allowed");
    }
}
