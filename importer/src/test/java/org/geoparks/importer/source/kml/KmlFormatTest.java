package org.geoparks.importer.source.kml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.geoparks.importer.crs.SourceCrs;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.ReadOptions;
import org.geoparks.importer.source.SourceFeature;
import org.geoparks.importer.source.UnreadableFeatureException;
import org.geoparks.importer.source.UnreadableFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Polygon;

class KmlFormatTest {

    /** Made-up placemarks near Bản Giốc, written as Google Earth and My Maps write them. */
    private static final String CAO_BANG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
              <Document>
                <name>Non nước Cao Bằng</name>
                <Schema name="diem" id="diem"><SimpleField name="ma" type="string"/></Schema>
                <Folder>
                  <name>Điểm di sản</name>
                  <Placemark id="cb-ban-gioc">
                    <name>Thác Bản Giốc</name>
                    <description><![CDATA[<p>Thác nước <b>lớn nhất</b> Việt Nam</p>]]></description>
                    <styleUrl>#waterfall</styleUrl>
                    <ExtendedData>
                      <Data name="loai"><displayName>Loại</displayName><value>waterfall</value></Data>
                      <Data name="do_cao_m"><value>345</value></Data>
                    </ExtendedData>
                    <Point><altitudeMode>clampToGround</altitudeMode><coordinates>
                        106.7235,22.8552,0
                    </coordinates></Point>
                  </Placemark>
                  <Placemark id="cb-nguom-ngao">
                    <name>Động Ngườm Ngao</name>
                    <description>Hang <i>đá vôi</i> dài 2 km</description>
                    <ExtendedData><SchemaData schemaUrl="#diem"><SimpleData name="ma">cb-002</SimpleData></SchemaData></ExtendedData>
                    <Polygon><outerBoundaryIs><LinearRing><coordinates>
                        106.700,22.737,0 106.702,22.737,0
                        106.702,22.739,0	106.700,22.739,0 106.700,22.737,0
                    </coordinates></LinearRing></outerBoundaryIs>
                    <innerBoundaryIs><LinearRing><coordinates>106.7005,22.7375 106.7005,22.7380 106.7010,22.7380 106.7010,22.7375 106.7005,22.7375</coordinates></LinearRing></innerBoundaryIs></Polygon>
                  </Placemark>
                  <Placemark>
                    <name>Hát Then</name>
                  </Placemark>
                </Folder>
                <Folder>
                  <name>Đường mòn</name>
                  <Placemark id="cb-trail-1">
                    <name>Lối lên thác</name>
                    <LineString><tessellate>1</tessellate><coordinates>106.7215,22.8552,0 106.7229,22.8561,0</coordinates></LineString>
                  </Placemark>
                  <Placemark id="cb-trail-2">
                    <name>Hai nhánh</name>
                    <MultiGeometry>
                      <LineString><coordinates>106.72,22.85 106.73,22.86</coordinates></LineString>
                      <LineString><coordinates>106.74,22.87 106.75,22.88</coordinates></LineString>
                    </MultiGeometry>
                  </Placemark>
                  <Placemark id="cb-track">
                    <name>GPS</name>
                    <gx:Track><when>2024-06-15T02:30:00Z</when><when>2024-06-15T02:31:00Z</when>
                      <gx:coord>106.7215 22.8552 340</gx:coord><gx:coord>106.7229 22.8561 350</gx:coord></gx:Track>
                  </Placemark>
                  <Placemark id="cb-ring"><name>Vòng</name>
                    <LinearRing><coordinates>106.72,22.85 106.73,22.85 106.73,22.86 106.72,22.85</coordinates></LinearRing>
                  </Placemark>
                </Folder>
              </Document>
            </kml>
            """;

    private final KmlFormat format = new KmlFormat();

    @TempDir
    Path folder;

    @Test
    void readsEveryPlacemarkWithItsIdNameDescriptionAndExtendedData() throws IOException {
        List<SourceFeature> features = readAll(write("cao-bang.kml", CAO_BANG), ReadOptions.defaults());

        assertThat(features).extracting(SourceFeature::externalId)
                .containsExactly("cb-ban-gioc", "cb-nguom-ngao", null, "cb-trail-1", "cb-trail-2", "cb-track", "cb-ring");
        SourceFeature waterfall = features.getFirst();
        assertThat(waterfall.attributes())
                .containsEntry("name", "Thác Bản Giốc")
                .containsEntry("description", "<p>Thác nước <b>lớn nhất</b> Việt Nam</p>")
                .containsEntry("loai", "waterfall")
                .containsEntry("do_cao_m", "345");
        assertThat(waterfall.geometry().getCoordinate().x).isEqualTo(106.7235);
        assertThat(waterfall.geometry().getCoordinate().y).isEqualTo(22.8552);
        assertThat(features.get(1).attributes())
                .containsEntry("ma", "cb-002")
                .containsEntry("description", "Hang <i>đá vôi</i> dài 2 km");
    }

    @Test
    void readsPolygonsWithHolesLinesMultiGeometriesTracksAndRings() throws IOException {
        List<SourceFeature> features = readAll(write("cao-bang.kml", CAO_BANG), ReadOptions.defaults());

        Polygon cave = (Polygon) features.get(1).geometry();
        assertThat(cave.getExteriorRing().getNumPoints()).isEqualTo(5);
        assertThat(cave.getNumInteriorRing()).isEqualTo(1);
        assertThat(cave.isValid()).isTrue();
        assertThat(features.get(2).geometry()).isNull();
        assertThat(features.get(3).geometry().getGeometryType()).isEqualTo("LineString");
        assertThat(features.get(4).geometry().getGeometryType()).isEqualTo("MultiLineString");
        assertThat(features.get(5).geometry().getGeometryType()).isEqualTo("LineString");
        assertThat(features.get(5).geometry().getCoordinates()[1].x).isEqualTo(106.7229);
        assertThat(features.get(6).geometry().getGeometryType()).isEqualTo("LineString");
    }

    @Test
    void readsTheFolderItIsTold() throws IOException {
        List<SourceFeature> trails = readAll(write("cao-bang.kml", CAO_BANG), new ReadOptions("Đường mòn", null));

        assertThat(trails).extracting(SourceFeature::externalId).containsExactly("cb-trail-1", "cb-trail-2", "cb-track", "cb-ring");
    }

    @Test
    void placemarksOutsideTheChosenFolderAreNotReadAtAll() throws IOException {
        Path kml = write("two-folders.kml", """
                <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
                  <Folder><name>Nháp</name><Placemark id="draft"><Point></Point></Placemark></Folder>
                  <Folder><name>Điểm</name><Placemark id="ok"><Point><coordinates>106.72,22.85</coordinates></Point></Placemark></Folder>
                </Document></kml>
                """);

        assertThat(readAll(kml, new ReadOptions("Điểm", null))).extracting(SourceFeature::externalId).containsExactly("ok");
    }

    @Test
    void anUnknownFolderIsRefusedWithTheFoldersItHas() throws IOException {
        Path kml = write("cao-bang.kml", CAO_BANG);

        assertThatThrownBy(() -> readAll(kml, new ReadOptions("Biển báo", null)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("has no folder named 'Biển báo'; its folders: Non nước Cao Bằng, Điểm di sản, Đường mòn");
    }

    @Test
    void readsTheDocumentInsideAKmz() throws IOException {
        Path kmz = folder.resolve("cao-bang.kmz");
        try (OutputStream out = Files.newOutputStream(kmz); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("doc.kml"));
            zip.write(CAO_BANG.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("files/waterfall.png"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }

        try (FeatureReader reader = format.open(kmz, ReadOptions.defaults())) {
            assertThat(reader.declaredCrs()).contains(SourceCrs.CRS84);
            assertThat(reader.next().externalId()).isEqualTo("cb-ban-gioc");
        }
    }

    @Test
    void aPointWithoutCoordinatesRejectsItsPlacemarkAndTheNextIsStillRead() throws IOException {
        Path kml = write("missing.kml", """
                <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
                  <Placemark id="a"><name>Không tọa độ</name><Point></Point></Placemark>
                  <Placemark><name>Tọa độ rỗng</name><Point><coordinates> </coordinates></Point></Placemark>
                  <Placemark id="c"><Point><coordinates>106.72,22.85</coordinates></Point></Placemark>
                </Document></kml>
                """);

        try (FeatureReader reader = format.open(kml, ReadOptions.defaults())) {
            assertThatThrownBy(reader::next)
                    .isInstanceOf(UnreadableFeatureException.class)
                    .hasMessageContaining("No element coordinates found in Point")
                    .extracting(e -> ((UnreadableFeatureException) e).feature()).isEqualTo("a");
            assertThatThrownBy(reader::next)
                    .isInstanceOf(UnreadableFeatureException.class)
                    .hasMessageContaining("Point that cannot be read")
                    .extracting(e -> ((UnreadableFeatureException) e).feature()).isEqualTo("#2 (Tọa độ rỗng)");
            assertThat(reader.next().externalId()).isEqualTo("c");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aTrackWithABadCoordinateRejectsItsPlacemarkAndTheRestOfTheFileIsReadInPlace() throws IOException {
        Path kml = write("track.kml", """
                <kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2"><Document>
                  <Folder><name>Vết</name>
                    <Placemark id="bad"><gx:Track><gx:coord>106.; 22.9 100</gx:coord><gx:coord>106.2 22.8 120</gx:coord></gx:Track></Placemark>
                    <Placemark id="bad-multi"><gx:MultiTrack><gx:Track><gx:coord>x y</gx:coord><gx:coord>1 2</gx:coord></gx:Track>
                      <gx:Track><gx:coord>1 2</gx:coord><gx:coord>2 3</gx:coord></gx:Track></gx:MultiTrack></Placemark>
                    <Placemark id="after"><Point><coordinates>106.72,22.85</coordinates></Point></Placemark>
                  </Folder>
                  <Placemark id="outside"><Point><coordinates>106.73,22.86</coordinates></Point></Placemark>
                </Document></kml>
                """);

        try (FeatureReader reader = format.open(kml, new ReadOptions("Vết", null))) {
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFeatureException.class)
                    .hasMessageContaining("gx:coord '106.; 22.9 100' is not 'longitude latitude altitude'");
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFeatureException.class).hasMessageContaining("gx:coord 'x y'");
            assertThat(reader.next().externalId()).isEqualTo("after");
            assertThat(reader.next()).as("the placemark outside the folder is not in the layer").isNull();
        }
    }

    @Test
    void aKmzCutShortIsRefusedAsADamagedZip() throws IOException {
        Path whole = folder.resolve("whole.kmz");
        try (OutputStream out = Files.newOutputStream(whole); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("doc.kml"));
            zip.write(CAO_BANG.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(folder.resolve("cut.kmz"), java.util.Arrays.copyOf(bytes, 12));

        assertThatThrownBy(() -> format.open(cut, ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("cut.kmz is not a readable KMZ (zip) file");
    }

    @Test
    void aPlacemarkWithTwoGeometriesIsRejected() throws IOException {
        Path kml = write("two.kml", """
                <kml xmlns="http://www.opengis.net/kml/2.2"><Placemark id="two">
                  <Point><coordinates>106.72,22.85</coordinates></Point><Point><coordinates>106.73,22.86</coordinates></Point>
                </Placemark></kml>
                """);

        try (FeatureReader reader = format.open(kml, ReadOptions.defaults())) {
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFeatureException.class).hasMessageContaining("has 2 geometries");
        }
    }

    @Test
    void xmlThatIsNotWellFormedIsRefusedWithItsLine() throws IOException {
        Path kml = write("broken.kml", """
                <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
                  <Placemark id="a"><name>Thác</name><Point><coordinates>106.72,22.85</coordinates></Point></Placemark>
                  <Placemark id="b"><name>Hang</Placemark>
                </Document></kml>
                """);

        try (FeatureReader reader = format.open(kml, ReadOptions.defaults())) {
            assertThat(reader.next().externalId()).isEqualTo("a");
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("broken.kml is not well-formed XML at line 3");
        }
    }

    @Test
    void aDocumentThatIsNotKmlIsRefused() throws IOException {
        Path gpxNamedKml = write("track.kml", "<?xml version=\"1.0\"?><gpx version=\"1.1\"></gpx>");
        Path text = write("notes.kml", "Thác Bản Giốc");

        assertThatThrownBy(() -> format.open(gpxNamedKml, ReadOptions.defaults())).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("track.kml is not KML: its root element is <gpx>");
        assertThatThrownBy(() -> format.open(text, ReadOptions.defaults())).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("notes.kml is not well-formed XML");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
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
