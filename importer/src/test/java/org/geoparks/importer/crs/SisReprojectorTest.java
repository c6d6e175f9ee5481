package org.geoparks.importer.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;

class SisReprojectorTest {

    /** One instance for the class: the EPSG dataset opens once. */
    private static final SisReprojector REPROJECTOR = new SisReprojector();
    private static final GeometryFactory FILE_GEOMETRIES = new GeometryFactory();

    /**
     * VN-2000 coordinates and their WGS 84 longitude and latitude computed independently by
     * PostGIS 3.3.2 / PROJ 9.1.1 (ST_Transform to SRID 4326 of the rounded projected point, on the
     * project's local cluster; EPSG:9210 added to spatial_ref_sys inside BEGIN … ROLLBACK as
     * "INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid) VALUES (9210, 'EPSG', 9210)").
     * The projected values are themselves PostGIS's transform of round WGS 84 positions, so the
     * first EPSG:3405 and EPSG:9210 rows are the reference values of LIBRARIES.md.
     */
    record Reference(int epsg, String place, double x, double y, double lon, double lat) {
        @Override
        public String toString() {
            return "EPSG:" + epsg + " " + place;
        }
    }

    static List<Reference> postgisReferences() {
        return List.of(
                new Reference(3405, "Thác Bản Giốc", 676284.298, 2528050.957, 106.72000000993069, 22.849999993751958),
                new Reference(3405, "Cao Bằng town", 628893.793, 2507166.373, 106.25650001163191, 22.665699998071247),
                new Reference(3405, "Đồng Văn", 536815.704, 2574492.151, 105.36190000945778, 23.278399995897445),
                new Reference(3405, "Tam Thanh, Lạng Sơn", 680311.797, 2417976.295, 106.74680001040274, 21.855599996746385),
                new Reference(3406, "Đà Nẵng", 202436.68, 1777064.443, 108.22080000409159, 16.054399995099775),
                new Reference(3406, "Nha Trang", 303645.541, 1353730.108, 109.19669999845743, 12.238799999346044),
                new Reference(3406, "Đà Lạt", 221187.514, 1321366.335, 108.44189999851768, 11.940399996796325),
                new Reference(4756, "Thác Bản Giốc", 106.71809541, 22.85098815, 106.72000000796328, 22.849999999813857),
                new Reference(4756, "Hà Nội", 105.83231731, 21.02878577, 105.83420001048994, 21.027799997359235),
                new Reference(4756, "Đà Nẵng", 108.21897875, 16.05542381, 108.22079999924105, 16.054400001570095),
                new Reference(9210, "Thác Bản Giốc", 599353.597, 2528108.735, 106.72000000979618, 22.849999993576617),
                new Reference(9210, "Cao Bằng town", 551853.966, 2507462.769, 106.25650000990815, 22.665699996403013),
                new Reference(9210, "Bảo Lâm", 515186.712, 2538862.421, 105.90000000525713, 22.949999997781667),
                new Reference(5897, "Hà Nội", 586513.385, 2326256.818, 105.83420001109768, 21.027799992596048),
                new Reference(5897, "Đồng Văn", 536826.753, 2575264.808, 105.36190000818581, 23.278399998537388),
                new Reference(5897, "Yên Bái", 484316.401, 2433672.284, 104.85000000420666, 21.999999995807336));
    }

    /** ESRI's WKT of EPSG:3405 as ArcGIS and GDAL write it into a .prj: no code, no TOWGS84. */
    static final String ESRI_VN2000_UTM_48N = "PROJCS[\"VN_2000_UTM_Zone_48N\",GEOGCS[\"GCS_VN_2000\",DATUM[\"D_Vietnam_2000\","
            + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
            + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
            + "PARAMETER[\"Central_Meridian\",105.0],PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],"
            + "UNIT[\"Meter\",1.0]]";

    /** ESRI's WKT of Cao Bằng's provincial zone, EPSG:9210 (central meridian 105°45′, scale 0.9999). */
    static final String ESRI_VN2000_TM3_CAO_BANG = "PROJCS[\"VN-2000_TM-3_105-45\",GEOGCS[\"GCS_VN_2000\",DATUM[\"D_Vietnam_2000\","
            + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
            + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
            + "PARAMETER[\"Central_Meridian\",105.75],PARAMETER[\"Scale_Factor\",0.9999],PARAMETER[\"Latitude_Of_Origin\",0.0],"
            + "UNIT[\"Meter\",1.0]]";

    @ParameterizedTest(name = "{0}")
    @MethodSource("postgisReferences")
    void vn2000ToWgs84AgreesWithPostgisWithinHalfAMetre(Reference reference) {
        Geometry wgs84 = REPROJECTOR.toWgs84(point(reference.x(), reference.y()), SourceCrs.epsg(reference.epsg()));

        assertThat(metresBetween(wgs84.getCoordinate(), reference.lon(), reference.lat())).isLessThan(0.5);
        assertThat(wgs84.getSRID()).isEqualTo(4326);
    }

    @Test
    void theDatumShiftIsApplied() {
        // Without the EPSG shift (a bare ellipsoid swap) Bản Giốc would land about 220 m west.
        Geometry wgs84 = REPROJECTOR.toWgs84(point(676284.298, 2528050.957), SourceCrs.epsg(3405));

        assertThat(metresBetween(wgs84.getCoordinate(), 106.71809541196748, 22.85098814393753)).isGreaterThan(200);
    }

    @Test
    void anEsriPrjWithoutCodeIsIdentifiedAsEpsg3405() {
        SourceCrs prj = SourceCrs.parse(ESRI_VN2000_UTM_48N);

        assertThat(REPROJECTOR.describe(prj)).isEqualTo("VN-2000 / UTM zone 48N (EPSG:3405)");
        Geometry wgs84 = REPROJECTOR.toWgs84(point(676284.298, 2528050.957), prj);
        assertThat(metresBetween(wgs84.getCoordinate(), 106.72000000993069, 22.849999993751958)).isLessThan(0.5);
    }

    @Test
    void anEsriPrjOfCaoBangsProvincialZoneIsIdentifiedAsEpsg9210() {
        SourceCrs prj = SourceCrs.parse(ESRI_VN2000_TM3_CAO_BANG);

        assertThat(REPROJECTOR.describe(prj)).isEqualTo("VN-2000 / TM-3 105-45 (EPSG:9210)");
        Geometry wgs84 = REPROJECTOR.toWgs84(point(599353.597, 2528108.735), prj);
        assertThat(metresBetween(wgs84.getCoordinate(), 106.72000000979618, 22.849999993576617)).isLessThan(0.5);
    }

    @Test
    void aVn2000ProjectionWithoutEpsgCodeStillGetsTheDatumShift() {
        // A made-up zone (central meridian 106.123°): no EPSG code, but the datum is VN-2000. Reference: PostGIS
        // ST_Transform(ST_SetSRID(ST_MakePoint(599353.597, 2528108.735), 0), '+proj=tmerc +lat_0=0 +lon_0=106.123
        // +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=<spatial_ref_sys 3405's> +units=m +no_defs', 4326).
        SourceCrs custom = SourceCrs.parse(ESRI_VN2000_TM3_CAO_BANG.replace("105.75", "106.123").replace("VN-2000_TM-3_105-45", "Vung_Thu"));

        assertThat(REPROJECTOR.describe(custom)).isEqualTo("Vung_Thu (from WKT, no EPSG code)");
        Geometry wgs84 = REPROJECTOR.toWgs84(point(599353.597, 2528108.735), custom);
        assertThat(metresBetween(wgs84.getCoordinate(), 107.09299885755016, 22.849995501982757)).isLessThan(0.5);
    }

    @Test
    void aDatumWithUnknownShiftIsRefusedRatherThanIgnored() {
        SourceCrs local = SourceCrs.parse(ESRI_VN2000_UTM_48N.replace("D_Vietnam_2000", "D_Cao_Bang_Local").replace("GCS_VN_2000", "GCS_Local"));

        assertThatThrownBy(() -> REPROJECTOR.describe(local))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("D_Cao_Bang_Local")
                .hasMessageContaining("--source-crs");
    }

    @Test
    void aWktWithTowgs84ParametersIsUsedAsWritten() {
        // TOWGS84 rotations follow the position-vector convention, as in PostGIS's +towgs84 for VN-2000.
        SourceCrs withShift = SourceCrs.parse("PROJCS[\"Local TM\",GEOGCS[\"Local\",DATUM[\"Local_datum\",SPHEROID[\"WGS 84\",6378137,298.257223563],"
                + "TOWGS84[-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278]],"
                + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
                + "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",106.123],PARAMETER[\"scale_factor\",0.9999],"
                + "PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]]");

        Geometry wgs84 = REPROJECTOR.toWgs84(point(599353.597, 2528108.735), withShift);

        assertThat(metresBetween(wgs84.getCoordinate(), 107.09299885755016, 22.849995501982757)).isLessThan(0.5);
    }

    @Test
    void anUnknownEpsgCodeIsAClearError() {
        assertThatThrownBy(() -> REPROJECTOR.describe(SourceCrs.epsg(999999)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EPSG:999999 is not a CRS of the EPSG dataset");
    }

    @Test
    void describesEpsgCrsByNameAndCode() {
        assertThat(REPROJECTOR.describe(SourceCrs.epsg(3405))).isEqualTo("VN-2000 / UTM zone 48N (EPSG:3405)");
        assertThat(REPROJECTOR.describe(SourceCrs.epsg(4756))).isEqualTo("VN-2000 (EPSG:4756)");
        assertThat(REPROJECTOR.describe(SourceCrs.CRS84)).isEqualTo("WGS 84 (OGC:CRS84)");
    }

    @Test
    void wgs84InputKeepsItsLongitudeFirstAndGetsSrid4326() {
        for (SourceCrs crs : List.of(SourceCrs.CRS84, SourceCrs.epsg(4326))) {
            Geometry wgs84 = REPROJECTOR.toWgs84(point(106.72, 22.85), crs);

            assertThat(wgs84.getCoordinate().x).isEqualTo(106.72);
            assertThat(wgs84.getCoordinate().y).isEqualTo(22.85);
            assertThat(wgs84.getSRID()).isEqualTo(4326);
        }
    }

    @Test
    void polygonsKeepTheirHolesAndLoseTheirZ() throws Exception {
        Geometry polygon = new WKTReader(FILE_GEOMETRIES).read("POLYGON Z ((600000 2500000 300, 601000 2500000 310, 601000 2501000 320, "
                + "600000 2501000 330, 600000 2500000 300), (600200 2500200 0, 600200 2500400 0, 600400 2500400 0, 600400 2500200 0, 600200 2500200 0))");

        Geometry wgs84 = REPROJECTOR.toWgs84(polygon, SourceCrs.epsg(9210));

        assertThat(wgs84.getGeometryType()).isEqualTo("Polygon");
        assertThat(wgs84.isValid()).isTrue();
        assertThat(((org.locationtech.jts.geom.Polygon) wgs84).getNumInteriorRing()).isEqualTo(1);
        assertThat(Double.isNaN(wgs84.getCoordinates()[0].getZ())).isTrue();
        assertThat(wgs84.getEnvelopeInternal().getMinX()).isBetween(106.7, 106.8);
    }

    @Test
    void aPositionOutsideTheProjectionIsRejectedAsARecordProblem() {
        assertThatThrownBy(() -> REPROJECTOR.toWgs84(point(1e9, 2500000), SourceCrs.epsg(3405)))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("cannot transform");
    }

    private static Geometry point(double x, double y) {
        return FILE_GEOMETRIES.createPoint(new Coordinate(x, y));
    }

    /** Distance on the WGS 84 ellipsoid, good to a millimetre over a few metres. */
    private static double metresBetween(Coordinate c, double lon, double lat) {
        double a = 6378137.0;
        double e2 = 0.00669437999014;
        double phi = Math.toRadians(lat);
        double w = Math.sqrt(1 - e2 * Math.sin(phi) * Math.sin(phi));
        double metresPerRadianLat = a * (1 - e2) / (w * w * w);
        double metresPerRadianLon = a * Math.cos(phi) / w;
        double dx = Math.toRadians(c.x - lon) * metresPerRadianLon;
        double dy = Math.toRadians(c.y - lat) * metresPerRadianLat;
        return Math.hypot(dx, dy);
    }
}
