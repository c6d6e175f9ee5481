package org.geoparks.importer.source.gpkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import mil.nga.sf.LineString;
import mil.nga.sf.Point;
import org.geoparks.importer.crs.SourceCrs;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.ReadOptions;
import org.geoparks.importer.source.SourceFeature;
import org.geoparks.importer.source.UnreadableFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoPackageFormatTest {

    /** The Lạng Sơn places of the bundled geodata as an agency delivers them: VN-2000 / UTM 48N, layer diem_di_san. */
    private static final Path LANG_SON_PLACES = Path.of("../geodata/layers/lang-son/places.vn2000.gpkg");

    /** ESRI's WKT of Cao Bằng's VN-2000 TM-3 zone, as a GeoPackage holds it when the organisation is not EPSG. */
    private static final String CAO_BANG_TM3 = "PROJCS[\"VN-2000_TM-3_105-45\",GEOGCS[\"GCS_VN_2000\",DATUM[\"D_Vietnam_2000\","
            + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
            + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
            + "PARAMETER[\"Central_Meridian\",105.75],PARAMETER[\"Scale_Factor\",0.9999],PARAMETER[\"Latitude_Of_Origin\",0.0],"
            + "UNIT[\"Meter\",1.0]]";

    private final GeoPackageFormat format = new GeoPackageFormat();

    @TempDir
    Path folder;

    @Test
    void readsTheLangSonPlacesInVn2000() throws IOException {
        List<SourceFeature> places = new ArrayList<>();
        try (FeatureReader reader = format.open(LANG_SON_PLACES, ReadOptions.defaults())) {
            assertThat(reader.declaredCrs()).contains(SourceCrs.epsg(3405));
            for (SourceFeature f = reader.next(); f != null; f = reader.next()) {
                places.add(f);
            }
        }

        assertThat(places).hasSizeGreaterThan(20);
        SourceFeature first = places.getFirst();
        assertThat(first.externalId()).isEqualTo("1");
        assertThat(first.attributes()).containsKeys("ma_diem", "ten_vi", "ten_zh", "do_cao_m").doesNotContainKey("geom");
        assertThat(places).allSatisfy(place -> {
            assertThat(place.attributes().get("ma_diem").toString()).startsWith("ls-");
            assertThat(place.attributes().get("cong_vien")).isEqualTo("lang-son");
            // Lạng Sơn in VN-2000 / UTM zone 48N metres, not degrees.
            assertThat(place.geometry().getGeometryType()).isEqualTo("Point");
            assertThat(place.geometry().getCoordinate().x).isBetween(600_000.0, 760_000.0);
            assertThat(place.geometry().getCoordinate().y).isBetween(2_350_000.0, 2_470_000.0);
        });
        assertThat(places).anySatisfy(place -> assertThat(place.attributes().get("ten_vi").toString()).contains("Bắc"));
    }

    @Test
    void readsTheLayerItIsTold() throws IOException {
        try (FeatureReader reader = format.open(LANG_SON_PLACES, new ReadOptions("diem_di_san", null))) {
            assertThat(reader.next()).isNotNull();
        }
        assertThatThrownBy(() -> format.open(LANG_SON_PLACES, new ReadOptions("duong_mon", null)))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("has no feature table 'duong_mon'; its feature tables: [diem_di_san]");
    }

    @Test
    void asksWhichTableWhenThereAreSeveral() throws Exception {
        Path gpkg = caoBangPackage();

        assertThatThrownBy(() -> format.open(gpkg, ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("has 2 feature tables: hang_dong, duong_mon; say which with --source-layer");
    }

    @Test
    void readsAttributeTypesAndAWktOnlyCrs() throws Exception {
        Path gpkg = caoBangPackage();

        List<SourceFeature> caves = readAll(gpkg, "hang_dong");

        assertThat(caves).hasSize(3);
        Map<String, Object> first = caves.getFirst().attributes();
        assertThat(first)
                .containsEntry("ten", "Động Ngườm Ngao")
                .containsEntry("so_cua", 3L)
                .containsEntry("mo_cua", true)
                .containsEntry("ngay_khao_sat", LocalDate.of(2024, 3, 9));
        assertThat((Double) first.get("chieu_dai_m")).isEqualTo(2144.5);
        assertThat(caves.getFirst().geometry().getCoordinate().x).isEqualTo(598025.0);
        assertThat(caves.get(1).geometry()).isNull();
        assertThat(caves.get(2).externalId()).isEqualTo("3");
        try (FeatureReader reader = format.open(gpkg, new ReadOptions("hang_dong", null))) {
            assertThat(reader.declaredCrs()).contains(SourceCrs.parse(CAO_BANG_TM3));
        }
    }

    @Test
    void readsLines() throws Exception {
        List<SourceFeature> trails = readAll(caoBangPackage(), "duong_mon");

        assertThat(trails.getFirst().geometry().getGeometryType()).isEqualTo("LineString");
        assertThat(trails.getFirst().geometry().getNumPoints()).isEqualTo(3);
    }

    @Test
    void aFileThatIsNotAGeoPackageIsRefused() throws IOException {
        Path fake = Files.writeString(folder.resolve("fake.gpkg"), "not a database");

        assertThatThrownBy(() -> format.open(fake, ReadOptions.defaults()))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("fake.gpkg is not a readable GeoPackage");
    }

    @Test
    void aFileDamagedPartWayIsRefusedWithHowFarItWasRead() throws Exception {
        Path file = folder.resolve("damaged.gpkg");
        GeoPackageManager.create(file.toFile());
        try (GeoPackage gp = GeoPackageManager.open(file.toFile())) {
            SpatialReferenceSystem wgs84 = gp.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 4326);
            FeatureDao points = table(gp, wgs84, "diem", GeometryType.POINT, List.of(FeatureColumn.createColumn("ghi_chu", GeoPackageDataType.TEXT)));
            for (int i = 0; i < 400; i++) {
                FeatureRow row = points.newRow();
                row.setGeometry(GeoPackageGeometryData.create(wgs84.getSrsId(), new Point(106.7 + i / 10000.0, 22.8)));
                row.setValue("ghi_chu", "Điểm số " + i + " " + "x".repeat(200));
                points.create(row);
            }
        }
        // The last pages hold the last rows: make them bytes SQLite cannot read as a page.
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            long size = channel.size();
            byte[] garbage = new byte[8192];
            java.util.Arrays.fill(garbage, (byte) 0xFF);
            channel.write(java.nio.ByteBuffer.wrap(garbage), size - 8192);
        }

        List<SourceFeature> read = new ArrayList<>();
        assertThatThrownBy(() -> {
            try (FeatureReader reader = format.open(file, ReadOptions.defaults())) {
                for (SourceFeature f = reader.next(); f != null; f = reader.next()) {
                    read.add(f);
                }
            }
        }).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("damaged.gpkg is damaged after " + read.size() + " features")
                .hasMessageContaining("malformed");
        assertThat(read).isNotEmpty().hasSizeLessThan(400);
    }

    private List<SourceFeature> readAll(Path file, String layer) throws IOException {
        List<SourceFeature> features = new ArrayList<>();
        try (FeatureReader reader = format.open(file, new ReadOptions(layer, null))) {
            for (SourceFeature f = reader.next(); f != null; f = reader.next()) {
                features.add(f);
            }
        }
        return features;
    }

    /** A GeoPackage with caves (points) and trails (lines) near Bản Giốc, in a CRS known only by its WKT. */
    private Path caoBangPackage() throws Exception {
        Path file = folder.resolve("cao-bang.gpkg");
        if (Files.exists(file)) {
            return file;
        }
        GeoPackageManager.create(file.toFile());
        try (GeoPackage gp = GeoPackageManager.open(file.toFile())) {
            SpatialReferenceSystem srs = new SpatialReferenceSystem();
            srs.setSrsName("VN-2000 TM-3 105-45");
            srs.setSrsId(199210);
            srs.setOrganization("NONE");
            srs.setOrganizationCoordsysId(199210);
            srs.setDefinition(CAO_BANG_TM3);
            gp.getSpatialReferenceSystemDao().create(srs);

            FeatureDao caves = table(gp, srs, "hang_dong", GeometryType.POINT, List.of(
                    FeatureColumn.createColumn("ten", GeoPackageDataType.TEXT),
                    FeatureColumn.createColumn("so_cua", GeoPackageDataType.INTEGER),
                    FeatureColumn.createColumn("chieu_dai_m", GeoPackageDataType.REAL),
                    FeatureColumn.createColumn("mo_cua", GeoPackageDataType.BOOLEAN),
                    FeatureColumn.createColumn("ngay_khao_sat", GeoPackageDataType.DATE)));
            FeatureRow cave = caves.newRow();
            cave.setGeometry(GeoPackageGeometryData.create(srs.getSrsId(), new Point(598025, 2526020)));
            cave.setValue("ten", "Động Ngườm Ngao");
            cave.setValue("so_cua", 3);
            cave.setValue("chieu_dai_m", 2144.5);
            cave.setValue("mo_cua", true);
            cave.setValue("ngay_khao_sat", "2024-03-09");
            caves.create(cave);
            FeatureRow withoutGeometry = caves.newRow();
            withoutGeometry.setValue("ten", "Hang chưa định vị");
            caves.create(withoutGeometry);
            FeatureRow third = caves.newRow();
            third.setGeometry(GeoPackageGeometryData.create(srs.getSrsId(), new Point(599353.597, 2528108.735)));
            third.setValue("ten", "Hang Pác Bó");
            caves.create(third);

            FeatureDao trails = table(gp, srs, "duong_mon", GeometryType.LINESTRING,
                    List.of(FeatureColumn.createColumn("ten", GeoPackageDataType.TEXT)));
            FeatureRow trail = trails.newRow();
            LineString line = new LineString();
            line.addPoint(new Point(599100, 2527900));
            line.addPoint(new Point(599200, 2528000));
            line.addPoint(new Point(599300, 2528200));
            trail.setGeometry(GeoPackageGeometryData.create(srs.getSrsId(), line));
            trail.setValue("ten", "Lối lên thác");
            trails.create(trail);
        }
        return file;
    }

    private static FeatureDao table(GeoPackage gp, SpatialReferenceSystem srs, String name, GeometryType type, List<FeatureColumn> columns) {
        GeometryColumns geometry = new GeometryColumns();
        geometry.setTableName(name);
        geometry.setColumnName("geom");
        geometry.setGeometryType(type);
        geometry.setZ((byte) 0);
        geometry.setM((byte) 0);
        geometry.setSrs(srs);
        gp.createFeatureTable(FeatureTableMetadata.create(geometry, "fid", new ArrayList<>(columns)));
        return gp.getFeatureDao(name);
    }
}
