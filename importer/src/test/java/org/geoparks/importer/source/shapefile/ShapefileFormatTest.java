package org.geoparks.importer.source.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.geoparks.importer.source.shapefile.TestShapefiles.POINT;
import static org.geoparks.importer.source.shapefile.TestShapefiles.POLYGON;
import static org.geoparks.importer.source.shapefile.TestShapefiles.POLYLINE;
import static org.geoparks.importer.source.shapefile.TestShapefiles.parts;
import static org.geoparks.importer.source.shapefile.TestShapefiles.point;
import static org.geoparks.importer.source.shapefile.TestShapefiles.square;
import static org.geoparks.importer.source.shapefile.TestShapefiles.withEnding;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.geoparks.importer.crs.SourceCrs;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.ReadOptions;
import org.geoparks.importer.source.SourceFeature;
import org.geoparks.importer.source.UnreadableFeatureException;
import org.geoparks.importer.source.UnreadableFileException;
import org.geoparks.importer.source.encoding.LegacyVietnamese;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class ShapefileFormatTest {

    private final ShapefileFormat format = new ShapefileFormat();

    @TempDir
    Path folder;

    @Test
    void readsGdalWrittenPolygonsWithTheirHolesAndParts() throws Exception {
        List<SourceFeature> features = readAll(fixture("cao-bang-areas.shp"), ReadOptions.defaults());

        assertThat(features).hasSize(3);
        Polygon withHole = (Polygon) features.get(0).geometry();
        assertThat(withHole.getNumInteriorRing()).isEqualTo(1);
        assertThat(withHole.getArea()).isEqualTo(600 * 600 - 100 * 100);
        assertThat(withHole.isValid()).isTrue();
        assertThat(features.get(1).geometry()).isInstanceOf(MultiPolygon.class);
        assertThat(features.get(1).geometry().getNumGeometries()).isEqualTo(2);
        assertThat(features.get(2).geometry().getGeometryType()).isEqualTo("Polygon");
    }

    @Test
    void readsAttributesAsTextNumbersAndDates() throws Exception {
        List<SourceFeature> features = readAll(fixture("cao-bang-areas.shp"), ReadOptions.defaults());

        SourceFeature first = features.get(0);
        assertThat(first.index()).isEqualTo(1);
        assertThat(first.attributes())
                .containsEntry("ma", "cb-a1")
                .containsEntry("ten", "Khu thác Bản Giốc")
                .containsEntry("so_diem", 4L)
                .containsEntry("ngay", LocalDate.of(2024, 6, 15));
        assertThat((BigDecimal) first.attributes().get("dien_tich")).isEqualByComparingTo("360000.5");
        assertThat(features.get(1).attributes()).containsEntry("ten", "Hai đảo đá vôi Trùng Khánh").containsEntry("ngay", null);
        assertThat(features.get(2).attributes()).containsEntry("ten", "Động Ngườm Ngao");
    }

    @Test
    void declaresTheCrsOfTheEsriPrj() throws Exception {
        try (FeatureReader reader = format.open(fixture("cao-bang-areas.shp"), ReadOptions.defaults())) {
            SourceCrs crs = reader.declaredCrs().orElseThrow();
            assertThat(crs.code()).isNull();
            assertThat(crs.wkt()).startsWith("PROJCS[\"VN-2000_TM-3_105-45\"");
        }
    }

    @Test
    void readsLinesWithSeveralPartsAndPointsWithZ() throws Exception {
        List<SourceFeature> trails = readAll(fixture("cao-bang-trails.shp"), ReadOptions.defaults());
        List<SourceFeature> sites = readAll(fixture("cao-bang-sites.shp"), ReadOptions.defaults());

        assertThat(trails.get(0).geometry()).isInstanceOf(MultiLineString.class);
        assertThat(trails.get(0).geometry().getNumGeometries()).isEqualTo(2);
        assertThat(trails.get(1).geometry().getGeometryType()).isEqualTo("LineString");
        assertThat(trails.get(1).attributes()).containsEntry("ten", "Lối lên thác");
        assertThat(sites.get(0).geometry().getCoordinate().x).isEqualTo(599353.597);
        assertThat(sites.get(0).geometry().getCoordinate().y).isEqualTo(2528108.735);
        assertThat(sites.get(1).attributes()).containsEntry("ten", "Cửa hang Ngườm Ngao");
    }

    @Test
    void opensTheSameShapefileByItsDbf() throws Exception {
        assertThat(readAll(fixture("cao-bang-sites.dbf"), ReadOptions.defaults())).hasSize(2);
    }

    @Test
    void aDbfWithoutItsShpIsRefused() throws Exception {
        Path dbf = folder.resolve("diem.dbf");
        Files.copy(fixture("cao-bang-sites.dbf"), dbf);

        assertThatThrownBy(() -> format.open(dbf, ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("diem.dbf has no diem.shp beside it");
    }

    @Test
    void aShpWithoutItsDbfIsRefused() throws Exception {
        Path shp = folder.resolve("diem.shp");
        Files.copy(fixture("cao-bang-sites.shp"), shp);

        assertThatThrownBy(() -> format.open(shp, ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("has no diem.dbf beside it");
    }

    @Test
    void aTruncatedShpIsRefusedNamingTheRecord() throws Exception {
        Path shp = copyFixture("cao-bang-areas", "cut");
        truncate(shp, Files.size(shp) - 30);

        try (FeatureReader reader = format.open(shp, ReadOptions.defaults())) {
            assertThat(reader.next()).isNotNull();
            assertThat(reader.next()).isNotNull();
            assertThatThrownBy(reader::next)
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("cut.shp is truncated")
                    .hasMessageContaining("record 3");
        }
    }

    @Test
    void aShpCutBetweenRecordsIsStillSeenAsTruncated() throws Exception {
        Path base = folder.resolve("cut");
        TestShapefiles.shp(base, POINT, List.of(point(1, 2), point(3, 4)));
        TestShapefiles.dbf(base, StandardCharsets.UTF_8, List.of("ten"), List.of(new Object[] {"a"}, new Object[] {"b"}));
        truncate(withEnding(base, "shp"), 100 + 28);

        try (FeatureReader reader = format.open(withEnding(base, "shp"), ReadOptions.defaults())) {
            assertThat(reader.next()).isNotNull();
            assertThatThrownBy(reader::next)
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("truncated: its header says 156 bytes, the file has 128");
        }
    }

    @Test
    void aFileThatIsNotAShapefileIsRefused() throws Exception {
        Path base = folder.resolve("fake");
        Files.writeString(withEnding(base, "shp"), "PK this is a zip, not a shapefile".repeat(5));
        TestShapefiles.dbf(base, StandardCharsets.UTF_8, List.of("ten"), List.of());

        assertThatThrownBy(() -> format.open(withEnding(base, "shp"), ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("fake.shp is not a Shapefile");
    }

    @Test
    void aDbfThatIsNotADbaseFileIsRefused() throws Exception {
        Path base = folder.resolve("notdbf");
        TestShapefiles.shp(base, POINT, List.of(point(1, 1)));
        Files.writeString(withEnding(base, "dbf"), "ten;lon;lat\n");

        assertThatThrownBy(() -> format.open(withEnding(base, "shp"), ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("notdbf.dbf is not a readable dBASE file");
    }

    @Test
    void aDbfFieldWithAnImpossibleLengthIsRefusedAtTheRowItCannotRead() throws Exception {
        Path base = folder.resolve("damaged");
        TestShapefiles.shp(base, POINT, List.of(point(1, 1)));
        TestShapefiles.dbf(base, StandardCharsets.UTF_8, List.of("ten"), List.<Object[]>of(new Object[] {"Thác Bản Giốc"}));
        // The field's length 0 and "decimal count" 200, which dBASE readers take as a character
        // field's high byte: 51,200 bytes, a negative short to javadbf.
        try (FileChannel channel = FileChannel.open(withEnding(base, "dbf"), StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {0, (byte) 200}), 32 + 16);
        }

        try (FeatureReader reader = format.open(withEnding(base, "shp"), ReadOptions.defaults())) {
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFileException.class)
                    .hasMessageStartingWith("damaged.dbf: row 1 cannot be read");
        }
    }

    @Test
    void aPartCountThatWouldWrapRoundRejectsItsRecordBeforeAnythingIsAllocated() throws Exception {
        Path base = folder.resolve("parts");
        // A PolyLine record of 44 bytes saying 2^30 parts: four bytes each would be 2^32, 0 in an int.
        byte[] record = java.nio.ByteBuffer.allocate(44).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putInt(POLYLINE).putDouble(0).putDouble(0).putDouble(0).putDouble(0).putInt(1 << 30).putInt(0).array();
        TestShapefiles.shp(base, POLYLINE, List.of(record, parts(POLYLINE, new double[] {0, 0, 1, 1})));
        TestShapefiles.dbf(base, StandardCharsets.UTF_8, List.of("ten"), List.of(new Object[] {"a"}, new Object[] {"b"}));

        try (FeatureReader reader = format.open(withEnding(base, "shp"), ReadOptions.defaults())) {
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFeatureException.class)
                    .hasMessageContaining("says it has 1073741824 parts of 0 points, which needs 4294967340 bytes, but the record has 44");
            assertThat(reader.next().attributes()).containsEntry("ten", "b");
        }
    }

    @Test
    void anOpenRingRejectsItsRecordAndTheNextRecordIsStillRead() throws Exception {
        Path base = folder.resolve("rings");
        TestShapefiles.shp(base, POLYGON, List.of(
                parts(POLYGON, square(0, 0, 10, true)),
                parts(POLYGON, new double[] {0, 0, 0, 10, 10, 10, 10, 0}),
                parts(POLYGON, square(20, 0, 10, true))));
        TestShapefiles.dbf(base, StandardCharsets.UTF_8, List.of("ten"), List.of(new Object[] {"a"}, new Object[] {"b"}, new Object[] {"c"}));

        try (FeatureReader reader = format.open(withEnding(base, "shp"), ReadOptions.defaults())) {
            assertThat(reader.next().attributes()).containsEntry("ten", "a");
            assertThatThrownBy(reader::next)
                    .isInstanceOf(UnreadableFeatureException.class)
                    .hasMessageContaining("ring 1 with 4 points that is not closed")
                    .extracting(e -> ((UnreadableFeatureException) e).feature()).isEqualTo("#2");
            SourceFeature third = reader.next();
            assertThat(third.index()).isEqualTo(3);
            assertThat(third.attributes()).containsEntry("ten", "c");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void holesGoInTheOuterRingThatContainsThem() throws Exception {
        Path base = folder.resolve("islands");
        // Two outer rings, a hole in the second, and a hole that no outer ring contains (kept as an outer ring).
        TestShapefiles.shp(base, POLYGON, List.of(parts(POLYGON,
                square(0, 0, 10, true), square(100, 0, 50, true), square(110, 10, 5, false), square(300, 300, 5, false))));
        TestShapefiles.dbf(base, StandardCharsets.UTF_8, List.of("ten"), List.<Object[]>of(new Object[] {"x"}));

        Geometry geometry = readAll(withEnding(base, "shp"), ReadOptions.defaults()).getFirst().geometry();

        assertThat(geometry).isInstanceOf(MultiPolygon.class);
        assertThat(geometry.getNumGeometries()).isEqualTo(3);
        Polygon withHole = (Polygon) geometry.getGeometryN(1);
        assertThat(withHole.getNumInteriorRing()).isEqualTo(1);
        assertThat(withHole.getArea()).isEqualTo(50 * 50 - 5 * 5);
        assertThat(geometry.isValid()).isTrue();
    }

    @Test
    void ringsAllWrittenCounterClockwiseAreNestedByContainment() throws Exception {
        Path base = folder.resolve("ccw");
        TestShapefiles.shp(base, POLYGON, List.of(parts(POLYGON, square(0, 0, 100, false), square(10, 10, 10, false))));
        TestShapefiles.dbf(base, StandardCharsets.UTF_8, List.of("ten"), List.<Object[]>of(new Object[] {"x"}));

        Polygon polygon = (Polygon) readAll(withEnding(base, "shp"), ReadOptions.defaults()).getFirst().geometry();

        assertThat(polygon.getNumInteriorRing()).isEqualTo(1);
        assertThat(polygon.getArea()).isEqualTo(100 * 100 - 10 * 10);
    }

    @Test
    void aLineWithAOnePointPartIsRejected() throws Exception {
        Path base = folder.resolve("lines");
        TestShapefiles.shp(base, POLYLINE, List.of(parts(POLYLINE, new double[] {0, 0, 1, 1}, new double[] {5, 5})));
        TestShapefiles.dbf(base, StandardCharsets.UTF_8, List.of("ten"), List.<Object[]>of(new Object[] {"x"}));

        try (FeatureReader reader = format.open(withEnding(base, "shp"), ReadOptions.defaults())) {
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFeatureException.class).hasMessageContaining("line part 2 with 1 point");
        }
    }

    @Test
    void nullShapesHaveNoGeometryAndDeletedRowsAreSkippedWithTheirGeometry() throws Exception {
        Path base = folder.resolve("mixed");
        TestShapefiles.shp(base, POINT, List.of(point(1, 1), TestShapefiles.nullShape(), point(3, 3)));
        TestShapefiles.dbf(base, StandardCharsets.UTF_8, List.of("ten"),
                List.of(new Object[] {"deleted"}, new Object[] {"intangible"}, new Object[] {"kept"}));
        TestShapefiles.deleteRow(base, 1);

        List<SourceFeature> features = readAll(withEnding(base, "shp"), ReadOptions.defaults());

        assertThat(features).hasSize(2);
        assertThat(features.get(0).index()).isEqualTo(2);
        assertThat(features.get(0).geometry()).isNull();
        assertThat(features.get(1).attributes()).containsEntry("ten", "kept");
        assertThat(features.get(1).geometry().getCoordinate().x).isEqualTo(3);
    }

    @Test
    void moreDbfRowsThanShpRecordsIsRefused() throws Exception {
        Path base = folder.resolve("uneven");
        TestShapefiles.shp(base, POINT, List.of(point(1, 1)));
        TestShapefiles.dbf(base, StandardCharsets.UTF_8, List.of("ten"), List.of(new Object[] {"a"}, new Object[] {"b"}));

        try (FeatureReader reader = format.open(withEnding(base, "shp"), ReadOptions.defaults())) {
            reader.next();
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("uneven.dbf has more records than uneven.shp");
        }
    }

    @Test
    void tcvn3TextWithoutCpgIsRefusedWithTheWayToReadIt() throws Exception {
        Path base = tcvn3Points("tcvn3");

        assertThatThrownBy(() -> readAll(withEnding(base, "shp"), ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("tcvn3.dbf, record 1, field ten")
                .hasMessageContaining("looks TCVN3-encoded")
                .hasMessageContaining("re-run with --encoding TCVN3");
    }

    @Test
    void tcvn3TextIsReadWithEncodingTcvn3() throws Exception {
        Path base = tcvn3Points("tcvn3");

        List<SourceFeature> features = readAll(withEnding(base, "shp"), new ReadOptions(null, Charset.forName("TCVN3")));

        assertThat(features.get(0).attributes()).containsEntry("ten", "Thác Bản Giốc");
        assertThat(features.get(1).attributes()).containsEntry("ten", "Đàm Thủy, Trùng Khánh");
    }

    @Test
    void tcvn3TextUnderACpgSayingAnotherEncodingAsksToCorrectTheCpg() throws Exception {
        Path base = tcvn3Points("tcvn3");
        Files.writeString(withEnding(base, "cpg"), "1252");

        assertThatThrownBy(() -> readAll(withEnding(base, "shp"), new ReadOptions(null, Charset.forName("TCVN3"))))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("tcvn3.cpg says '1252'")
                .hasMessageContaining("correct tcvn3.cpg to say TCVN3");
    }

    @Test
    void aCpgOf1258IsReadAsWindows1258AndNormalised() throws Exception {
        Path base = folder.resolve("cp1258");
        TestShapefiles.shp(base, POINT, List.of(point(599353.597, 2528108.735)));
        TestShapefiles.dbf(base, Charset.forName("windows-1258"), List.of("ten"), List.<Object[]>of(new Object[] {"Tha\u0301c Ba\u0309n Gi\u00F4\u0301c"}));
        Files.writeString(withEnding(base, "cpg"), "1258\r\n");

        assertThat(readAll(withEnding(base, "shp"), ReadOptions.defaults()).getFirst().attributes()).containsEntry("ten", "Thác Bản Giốc");
    }

    @Test
    void aCpgNamingAnUnknownEncodingIsRefused() throws Exception {
        Path base = folder.resolve("odd");
        TestShapefiles.shp(base, POINT, List.of(point(1, 1)));
        TestShapefiles.dbf(base, StandardCharsets.UTF_8, List.of("ten"), List.<Object[]>of(new Object[] {"a"}));
        Files.writeString(withEnding(base, "cpg"), "VNI-Windows");

        assertThatThrownBy(() -> format.open(withEnding(base, "shp"), ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("odd.cpg names the encoding 'VNI-Windows'");
    }

    @Test
    void withoutPrjNoCrsIsDeclaredAndUpperCaseEndingsAreFound() throws Exception {
        Path base = folder.resolve("DIEM");
        TestShapefiles.shp(base, POINT, List.of(point(1, 1)));
        TestShapefiles.dbf(base, StandardCharsets.UTF_8, List.of("TEN"), List.<Object[]>of(new Object[] {"a"}));
        Files.move(withEnding(base, "shp"), folder.resolve("DIEM.SHP"));
        Files.move(withEnding(base, "dbf"), folder.resolve("DIEM.DBF"));

        try (FeatureReader reader = format.open(folder.resolve("DIEM.SHP"), ReadOptions.defaults())) {
            assertThat(reader.declaredCrs()).isEmpty();
            assertThat(reader.next().attributes()).containsEntry("TEN", "a");
        }
    }

    @Test
    void readsManyRecordsOneAtATime() throws Exception {
        Path base = folder.resolve("many");
        List<byte[]> points = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            points.add(point(599000 + i, 2528000));
            rows.add(new Object[] {"diem " + i});
        }
        TestShapefiles.shp(base, POINT, points);
        TestShapefiles.dbf(base, StandardCharsets.UTF_8, List.of("ten"), rows);

        long count = 0;
        try (FeatureReader reader = format.open(withEnding(base, "shp"), ReadOptions.defaults())) {
            for (SourceFeature f = reader.next(); f != null; f = reader.next()) {
                count++;
            }
        }
        assertThat(count).isEqualTo(20_000);
    }

    private Path tcvn3Points(String name) throws IOException {
        Path base = folder.resolve(name);
        TestShapefiles.shp(base, POINT, List.of(point(599353.597, 2528108.735), point(600000, 2529000)));
        TestShapefiles.dbf(base, LegacyVietnamese.tcvn3(), List.of("ten"),
                List.of(new Object[] {"Thác Bản Giốc"}, new Object[] {"Đàm Thủy, Trùng Khánh"}));
        return base;
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

    private Path copyFixture(String fixtureBase, String newBase) throws Exception {
        for (String ending : List.of("shp", "shx", "dbf", "prj", "cpg")) {
            Files.copy(fixture(fixtureBase + "." + ending), folder.resolve(newBase + "." + ending));
        }
        return folder.resolve(newBase + ".shp");
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ShapefileFormatTest.class.getResource("/shapefile/" + name).toURI());
    }

}
