package org.geoparks.catalogue.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.support.CodedEnum;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

class RouteDraftTest {

    static final List<String> STOPS = List.of("cb-ban-gioc-waterfall", "cb-nguom-ngao-cave");

    RouteDraft draft(Double hours, List<Integer> seasons) {
        RouteDraft d = RouteFixtures.walk("cb-walk", STOPS, RouteFixtures.northward(106.72, 22.80, 0.01));
        return new RouteDraft(d.id(), d.parkId(), d.name(), d.description(), d.transliterated(), d.mode(), d.difficulty(),
                hours, d.themes(), seasons, d.geometryQuality(), d.geometry(), d.stops(), d.sources());
    }

    @Test
    void aRouteNeedsAtLeastOneStop() {
        for (List<String> none : Arrays.asList(null, List.<String>of())) {
            assertThatThrownBy(() -> RouteFixtures.walk("cb-walk", none, RouteFixtures.northward(106.72, 22.80, 0.01)))
                    .isInstanceOf(InvalidRecordException.class)
                    .hasMessageStartingWith("stops:");
        }
    }

    @Test
    void everyStopIsAPlaceIdAndTheMessageSaysWhichIsNot() {
        assertThatThrownBy(() -> RouteFixtures.walk("cb-walk", List.of("cb-ban-gioc-waterfall", "Động Ngườm Ngao"),
                RouteFixtures.northward(106.72, 22.80, 0.01)))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("stops[2]:")
                .hasMessageContaining("Động Ngườm Ngao");
    }

    @Test
    void aRouteIsALine() {
        assertThatThrownBy(() -> RouteFixtures.walk("cb-walk", STOPS, Fixtures.point(106.72, 22.80)))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("geometry:")
                .hasMessageContaining("LineString or MultiLineString");
        assertThatThrownBy(() -> RouteFixtures.walk("cb-walk", STOPS, null))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("geometry:");
    }

    @Test
    void aMultiLineStringIsARouteToo() {
        MultiLineString multi = Geometries.FACTORY.createMultiLineString(new LineString[] {
                RouteFixtures.northward(106.72, 22.80, 0.01), RouteFixtures.northward(106.73, 22.80, 0.01)});
        assertThat(RouteFixtures.walk("cb-walk", STOPS, multi).geometry()).isEqualTo(multi);
    }

    @Test
    void seasonsAreMonthNumbersKeptInOrder() {
        assertThat(draft(2.0, List.of(11, 3, 3, 4)).seasons()).containsExactly(3, 4, 11);
        assertThat(draft(2.0, null).seasons()).isEmpty();
        for (int month : new int[] {0, 13}) {
            assertThatThrownBy(() -> draft(2.0, List.of(5, month)))
                    .isInstanceOf(InvalidRecordException.class)
                    .hasMessageStartingWith("seasons:")
                    .hasMessageContaining(month + " is not a month");
        }
    }

    @Test
    void aDurationIsPositiveWhenGiven() {
        assertThat(draft(null, List.of()).durationHours()).isNull();
        for (double hours : new double[] {0, -1, Double.NaN}) {
            assertThatThrownBy(() -> draft(hours, List.of()))
                    .isInstanceOf(InvalidRecordException.class)
                    .hasMessageStartingWith("duration_hours:");
        }
    }

    @Test
    void geometryQualityCodesAreHyphenatedAsInTheSchema() {
        assertThat(CodedEnum.codes(GeometryQuality.class)).isEqualTo("surveyed, road-trace, schematic");
        assertThat(CodedEnum.parse(GeometryQuality.class, "geometry_quality", "road-trace")).isEqualTo(GeometryQuality.ROAD_TRACE);
        assertThat(CodedEnum.codes(RouteMode.class)).isEqualTo("walk, bike, car, boat");
        assertThat(CodedEnum.codes(Difficulty.class)).isEqualTo("easy, moderate, hard");
    }
}
