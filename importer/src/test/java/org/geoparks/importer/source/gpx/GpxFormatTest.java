package org.geoparks.importer.source.gpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenetics.jpx.GPX;
import io.jenetics.jpx.WayPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.geoparks.importer.crs.SourceCrs;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.ReadOptions;
import org.geoparks.importer.source.SourceFeature;
import org.geoparks.importer.source.UnreadableFeatureException;
import org.geoparks.importer.source.UnreadableFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiLineString;

class GpxFormatTest {

    private final GpxFormat format = new GpxFormat();

    @TempDir
    Path folder;

    @Test
    void readsTracksAndRoutesAsLinesByDefault() throws IOException {
        List<SourceFeature> features = readAll(caoBangGpx(), ReadOptions.defaults());

        assertThat(features).hasSize(2);
        SourceFeature track = features.get(0);
        assertThat(track.geometry()).isInstanceOf(MultiLineString.class);
        assertThat(track.geometry().getNumGeometries()).isEqualTo(2);
        assertThat(track.geometry().getCoordinate().x).isEqualTo(106.7215);
        assertThat(track.geometry().getCoordinate().y).isEqualTo(22.8552);
        assertThat(track.attributes())
                .containsEntry("name", "Đường mòn Phja Oắc")
                .containsEntry("desc", "Vòng qua rừng nguyên sinh")
                .containsEntry("type", "hiking")
                .containsEntry("gpx_element", "trk");
        SourceFeature route = features.get(1);
        assertThat(route.geometry().getGeometryType()).isEqualTo("LineString");
        assertThat(route.attributes()).containsEntry("name", "Bản Giốc – Ngườm Ngao").containsEntry("gpx_element", "rte");
    }

    @Test
    void readsWaypointsWhenAskedWithTheirElevationSymbolAndTime() throws IOException {
        List<SourceFeature> points = readAll(caoBangGpx(), new ReadOptions("waypoints", null));

        assertThat(points).hasSize(2);
        assertThat(points.getFirst().geometry().getGeometryType()).isEqualTo("Point");
        assertThat(points.getFirst().geometry().getCoordinate().x).isEqualTo(106.7235);
        assertThat(points.getFirst().attributes())
                .containsEntry("name", "Thác Bản Giốc")
                .containsEntry("sym", "Scenic Area")
                .containsEntry("ele", 345.0)
                .containsEntry("time", "2024-06-15T02:30:00Z");
    }

    @Test
    void readsOnlyRoutesOrOnlyTracksWhenAsked() throws IOException {
        assertThat(readAll(caoBangGpx(), new ReadOptions("routes", null))).singleElement()
                .satisfies(f -> assertThat(f.attributes()).containsEntry("gpx_element", "rte"));
        assertThat(readAll(caoBangGpx(), new ReadOptions("tracks", null))).singleElement()
                .satisfies(f -> assertThat(f.attributes()).containsEntry("gpx_element", "trk"));
    }

    @Test
    void declaresWgs84() throws IOException {
        try (FeatureReader reader = format.open(caoBangGpx(), ReadOptions.defaults())) {
            assertThat(reader.declaredCrs()).contains(SourceCrs.CRS84);
        }
    }

    @Test
    void anUnknownLayerIsRefused() {
        assertThatThrownBy(() -> format.open(caoBangGpx(), new ReadOptions("diem", null)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("tracks, routes and waypoints, not 'diem'");
    }

    @Test
    void aFileThatIsNotXmlIsRefusedWithItsPosition() throws IOException {
        Path gpx = Files.writeString(folder.resolve("notes.gpx"), "Thác Bản Giốc 22.85 106.72\n");

        assertThatThrownBy(() -> format.open(gpx, ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("notes.gpx is not a readable GPX file")
                .hasMessageContaining("[1,1]");
    }

    @Test
    void anInvalidLatitudeIsAnErrorNotADroppedPoint() throws IOException {
        Path gpx = Files.writeString(folder.resolve("lat.gpx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
                  <wpt lat="122.85" lon="106.72"><name>Thác Bản Giốc</name></wpt>
                </gpx>
                """);

        assertThatThrownBy(() -> format.open(gpx, new ReadOptions("waypoints", null)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("'lat': 122.85");
    }

    @Test
    void aTrackSegmentWithOnePointRejectsTheTrack() throws IOException {
        Path gpx = Files.writeString(folder.resolve("short.gpx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
                  <trk><name>Lối tắt</name><trkseg><trkpt lat="22.85" lon="106.72"/></trkseg></trk>
                  <trk><name>Lối chính</name><trkseg><trkpt lat="22.85" lon="106.72"/><trkpt lat="22.86" lon="106.73"/></trkseg></trk>
                </gpx>
                """);

        try (FeatureReader reader = format.open(gpx, ReadOptions.defaults())) {
            assertThatThrownBy(reader::next)
                    .isInstanceOf(UnreadableFeatureException.class)
                    .hasMessageContaining("segment 1 with a single point")
                    .extracting(e -> ((UnreadableFeatureException) e).feature()).isEqualTo("track 'Lối tắt'");
            assertThat(reader.next().attributes()).containsEntry("name", "Lối chính");
        }
    }

    @Test
    void readsGpx10() throws IOException {
        Path gpx = Files.writeString(folder.resolve("old.gpx"), """
                <?xml version="1.0"?>
                <gpx version="1.0" creator="test" xmlns="http://www.topografix.com/GPX/1/0">
                  <wpt lat="22.8552" lon="106.7235"><ele>345</ele><name>Thác Bản Giốc</name></wpt>
                </gpx>
                """);

        assertThat(readAll(gpx, new ReadOptions("waypoints", null)).getFirst().attributes()).containsEntry("name", "Thác Bản Giốc");
    }

    private Path caoBangGpx() throws IOException {
        Path file = folder.resolve("cao-bang.gpx");
        if (Files.exists(file)) {
            return file;
        }
        GPX gpx = GPX.builder()
                .addWayPoint(WayPoint.builder().lat(22.8552).lon(106.7235).ele(345).name("Thác Bản Giốc").sym("Scenic Area")
                        .time(Instant.parse("2024-06-15T02:30:00Z")).build())
                .addWayPoint(WayPoint.builder().lat(22.7375).lon(106.7006).name("Động Ngườm Ngao").build())
                .addTrack(track -> track.name("Đường mòn Phja Oắc").desc("Vòng qua rừng nguyên sinh").type("hiking")
                        .addSegment(segment -> segment.addPoint(p -> p.lat(22.8552).lon(106.7215)).addPoint(p -> p.lat(22.8561).lon(106.7229)))
                        .addSegment(segment -> segment.addPoint(p -> p.lat(22.8570).lon(106.7240)).addPoint(p -> p.lat(22.8581).lon(106.7252))
                                .addPoint(p -> p.lat(22.8590).lon(106.7260))))
                .addRoute(route -> route.name("Bản Giốc – Ngườm Ngao")
                        .addPoint(p -> p.lat(22.8552).lon(106.7235)).addPoint(p -> p.lat(22.7375).lon(106.7006)))
                .build();
        GPX.write(gpx, file);
        return file;
    }

    private List<SourceFeature> readAll(Path file, ReadOptions options) throws IOException {
        List<SourceFeature> features = new ArrayList<>();
        try (FeatureReader reader = format.open(file, options)) {
            for (SourceFeature f = reader.next(); f != null; f = reader.next()) {
                features.add(f);
            }
        }
        return features;
    }
}
