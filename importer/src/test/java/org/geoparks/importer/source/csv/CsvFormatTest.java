package org.geoparks.importer.source.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.ReadOptions;
import org.geoparks.importer.source.SourceFeature;
import org.geoparks.importer.source.UnreadableFeatureException;
import org.geoparks.importer.source.UnreadableFileException;
import org.geoparks.importer.source.encoding.LegacyVietnamese;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFormatTest {

    /** The Lạng Sơn sign inventory of the bundled geodata: a real file of some thirty signs. */
    private static final Path LANG_SON_SIGNS = Path.of("../geodata/layers/lang-son/signs.csv");

    private final CsvFormat format = new CsvFormat();

    @TempDir
    Path folder;

    @Test
    void readsTheLangSonSignInventory() throws IOException {
        List<SourceFeature> signs = readAll(LANG_SON_SIGNS, ReadOptions.defaults());

        assertThat(signs).hasSizeGreaterThan(30);
        assertThat(signs).allSatisfy(s -> assertThat(s.externalId()).matches("ls-sign-\\d{3}"));
        SourceFeature first = signs.getFirst();
        assertThat(first.externalId()).isEqualTo("ls-sign-001");
        assertThat(first.geometry().getCoordinate().x).isEqualTo(106.746799);
        assertThat(first.geometry().getCoordinate().y).isEqualTo(21.855567);
        assertThat(first.attributes())
                .containsEntry("park", "lang-son")
                .containsEntry("installed", "2024-06-15")
                .containsEntry("serves_hazard", null)
                .containsEntry("text_zh_hans", "三清洞——玉泉溪在此潜入石灰岩山体。吴时仕的题诗刻在洞口右侧岩壁上。");
        assertThat(signs.get(1).attributes().get("text_vi").toString()).startsWith("Động Nhị Thanh – hang nước dài khoảng 500 m, được");
        assertThat(signs).allSatisfy(s -> assertThat(s.geometry()).isNotNull());
    }

    @Test
    void readsQuotesNewlinesCrlfAndAByteOrderMark() throws IOException {
        Path csv = write("quoted.csv", bytes("\uFEFFid,name,Lon,LAT\r\ncb-1,\"Thác \"\"Bản Giốc\"\", Trùng Khánh\r\ndòng hai\",106.72,22.85\r\n"));

        SourceFeature feature = readAll(csv, ReadOptions.defaults()).getFirst();

        assertThat(feature.attributes()).containsOnlyKeys("id", "name", "Lon", "LAT");
        assertThat(feature.attributes()).containsEntry("name", "Thác \"Bản Giốc\", Trùng Khánh\r\ndòng hai");
        assertThat(feature.geometry().getCoordinate().x).isEqualTo(106.72);
    }

    @Test
    void takesGeometryFromAWktColumnOrNone() throws IOException {
        Path csv = write("mixed.csv", bytes("id,ten,wkt\na,Đường lên thác,\"LINESTRING (106.71 22.84, 106.72 22.85)\"\nb,Hát Then,\n"));

        List<SourceFeature> features = readAll(csv, ReadOptions.defaults());

        assertThat(features.get(0).geometry().getGeometryType()).isEqualTo("LineString");
        assertThat(features.get(1).geometry()).isNull();
        assertThat(features.get(1).attributes()).containsEntry("ten", "Hát Then");
    }

    @Test
    void readsVietnameseCoordinateColumnsAndProjectedXy() throws IOException {
        Path vietnamese = write("vn.csv", bytes("ma,kinh_do,vi_do\na,\"106,72\",22.85\n"));
        Path projected = write("xy.csv", bytes("ma,x,y\na,599353.597,2528108.735\n"));

        assertThat(readAll(vietnamese, ReadOptions.defaults()).getFirst().geometry().getCoordinate().x).isEqualTo(106.72);
        assertThat(readAll(projected, ReadOptions.defaults()).getFirst().geometry().getCoordinate().y).isEqualTo(2528108.735);
    }

    @Test
    void intangibleHeritageWithoutCoordinateColumnsHasNoGeometry() throws IOException {
        Path csv = write("intangible.csv", bytes("id,name_vi\ncb-then,Hát Then của người Tày\n"));

        try (FeatureReader reader = format.open(csv, ReadOptions.defaults())) {
            assertThat(reader.declaredCrs()).isEmpty();
            assertThat(reader.next().geometry()).isNull();
        }
    }

    @Test
    void aBadNumberRejectsItsRecordByIdAndTheNextIsStillRead() throws IOException {
        Path csv = write("bad-number.csv", bytes("id,lon,lat\ncb-1,106.72,22.85\ncb-2,106.7x,22.85\ncb-3,106.73,22.86\n"));

        try (FeatureReader reader = format.open(csv, ReadOptions.defaults())) {
            assertThat(reader.next().externalId()).isEqualTo("cb-1");
            assertThatThrownBy(reader::next)
                    .isInstanceOf(UnreadableFeatureException.class)
                    .hasMessageContaining("column 'lon': '106.7x' is not a number")
                    .extracting(e -> ((UnreadableFeatureException) e).feature()).isEqualTo("cb-2");
            assertThat(reader.next().externalId()).isEqualTo("cb-3");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aLongitudeWithoutLatitudeIsRejected() throws IOException {
        Path csv = write("half.csv", bytes("lon,lat,name\n106.72,,x\n"));

        try (FeatureReader reader = format.open(csv, ReadOptions.defaults())) {
            assertThatThrownBy(reader::next)
                    .isInstanceOf(UnreadableFeatureException.class)
                    .hasMessageContaining("has lon but no lat")
                    .extracting(e -> ((UnreadableFeatureException) e).feature()).isEqualTo("line 2");
        }
    }

    @Test
    void aRecordWithMoreValuesThanColumnsIsRejectedNotTruncated() throws IOException {
        Path csv = write("extra.csv", bytes("id,name\na,one\nb,two,three\n"));

        try (FeatureReader reader = format.open(csv, ReadOptions.defaults())) {
            reader.next();
            assertThatThrownBy(reader::next)
                    .isInstanceOf(UnreadableFeatureException.class)
                    .hasMessageContaining("line 3 has 3 values but the header has 2 columns");
        }
    }

    @Test
    void anUnclosedQuoteMakesTheFileUnreadableWithItsLine() throws IOException {
        Path csv = write("unclosed.csv", bytes("id,name\na,one\nb,\"two\nc,three\n"));

        try (FeatureReader reader = format.open(csv, ReadOptions.defaults())) {
            reader.next();
            assertThatThrownBy(reader::next)
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessageContaining("unclosed.csv is not well-formed CSV (RFC 4180) near line 3");
        }
    }

    @Test
    void tcvn3TextIsRefusedWithTheWayToReadIt() throws IOException {
        byte[] tcvn3 = "id,ten,lon,lat\ncb-1,Thác Bản Giốc,106.72,22.85\n".getBytes(LegacyVietnamese.tcvn3());
        Path csv = write("tcvn3.csv", tcvn3);

        assertThatThrownBy(() -> format.open(csv, ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("tcvn3.csv, line 2")
                .hasMessageContaining("text looks TCVN3-encoded")
                .hasMessageContaining("re-run with --encoding TCVN3");
        assertThat(readAll(csv, new ReadOptions(null, Charset.forName("TCVN3"))).getFirst().attributes())
                .containsEntry("ten", "Thác Bản Giốc");
    }

    @Test
    void windows1258TextIsReadWithItsEncodingAndNormalised() throws IOException {
        Path csv = write("cp1258.csv", "id,ten\na,Tha\u0301c Ba\u0309n Gi\u00F4\u0301c\n".getBytes(Charset.forName("windows-1258")));

        assertThat(readAll(csv, new ReadOptions(null, Charset.forName("windows-1258"))).getFirst().attributes())
                .containsEntry("ten", "Thác Bản Giốc");
    }

    @Test
    void invalidUtf8FarIntoTheFileIsStillAnError() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes("id,ten\n"));
        for (int i = 0; i < 5_000; i++) {
            out.write(bytes("cb-" + i + ",Thác Bản Giốc số " + i + "\n"));
        }
        out.write(bytes("cb-x,Gr"));
        out.write(new byte[] {(byte) 0xF6, 'k'});
        out.write(bytes("\n"));
        Path csv = write("late.csv", out.toByteArray());

        assertThatThrownBy(() -> readAll(csv, ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("late.csv, near line")
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void aDuplicatedColumnNameIsRefused() throws IOException {
        Path csv = write("dup.csv", bytes("id,name,name\na,b,c\n"));

        assertThatThrownBy(() -> format.open(csv, ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("dup.csv has a header row that cannot be used");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path csv = write("empty.csv", new byte[0]);

        assertThatThrownBy(() -> format.open(csv, ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("empty.csv is empty");
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
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
