package org.geoparks.importer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geoparks.importer.source.csv.CsvFormat;
import org.geoparks.importer.source.geojson.GeoJsonFormat;
import org.geoparks.importer.source.gpkg.GeoPackageFormat;
import org.geoparks.importer.source.gpx.GpxFormat;
import org.geoparks.importer.source.kml.KmlFormat;
import org.geoparks.importer.source.narration.NarrationScriptsFormat;
import org.geoparks.importer.source.shapefile.ShapefileFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files against the importer's readers: whatever the bytes, a reader gives features, or
 * rejects a feature ({@link UnreadableFeatureException}) or the file ({@link UnreadableFileException})
 * with a message, and comes to an end. Any other exception (a parser's own, an IOException, a
 * NullPointerException…) is a defect: the import would fail without saying where the file is
 * wrong. Inputs are capped at 64 KB; bench/fuzz.sh runs the fuzzer with a bounded heap, so a file
 * that makes a reader allocate without bound is a finding too. The build runs the inputs committed
 * under {@code FileReadersFuzzTestInputs} (docs/reliability.md).
 */
@Timeout(60)
class FileReadersFuzzTest {

    static final int MAX_INPUT = 1 << 16;

    /** The parts of a Shapefile in one input: the .shp bytes, then each other part after its marker line. */
    static final String[] SHAPEFILE_PARTS = {"dbf", "prj", "cpg"};

    private static final FileFormat GEOJSON = new GeoJsonFormat();
    private static final FileFormat CSV = new CsvFormat();
    private static final FileFormat KML = new KmlFormat();
    private static final FileFormat GPX = new GpxFormat();
    private static final FileFormat SHAPEFILE = new ShapefileFormat();
    private static final FileFormat GEOPACKAGE = new GeoPackageFormat();
    private static final FileFormat NARRATION_SCRIPTS = new NarrationScriptsFormat();

    @TempDir
    static Path folder;

    @FuzzTest
    @DictionaryEntries({"{", "}", "[", "]", ":", ",", "\"type\"", "\"FeatureCollection\"", "\"Feature\"", "\"features\"", "\"geometry\"",
            "\"properties\"", "\"id\"", "\"crs\"", "\"name\"", "\"coordinates\"", "\"Point\"", "\"LineString\"", "\"Polygon\"",
            "\"MultiPolygon\"", "\"GeometryCollection\"", "\"geometries\"", "null", "true", "1e999", "urn:ogc:def:crs:EPSG::3405"})
    void anyGeoJsonFileGivesFeaturesOrSaysWhy(byte[] input) throws IOException {
        read(GEOJSON, input, "input.geojson", ReadOptions.defaults());
    }

    @FuzzTest
    @DictionaryEntries({",", "\"", "\"\"", "lon", "lat", "x", "y", "kinh_do", "vi_do", "wkt", "id", "POINT (", "LINESTRING (",
            "POLYGON ((", ")", "NaN", "Infinity", "\uFEFF"})
    void anyCsvFileGivesFeaturesOrSaysWhy(byte[] input) throws IOException {
        read(CSV, input, "input.csv", ReadOptions.defaults());
    }

    /** KML, or KMZ when the bytes start with a zip's "PK": the reader tells them apart by content. */
    @FuzzTest
    @DictionaryEntries({"<kml>", "</kml>", "<Document>", "<Folder>", "<Placemark", "</Placemark>", "<name>", "<description>", "<Point>",
            "<LineString>", "<LinearRing>", "<Polygon>", "<outerBoundaryIs>", "<innerBoundaryIs>", "<MultiGeometry>", "<coordinates>",
            "</coordinates>", "<gx:Track>", "<gx:coord>", "<gx:MultiTrack>", "<Model>", "<ExtendedData>", "<Data name=", "<value>",
            "<SimpleData name=", "<SchemaData>", "<![CDATA[", "]]>", "&amp;", "<!DOCTYPE", "<!ENTITY", "PK\u0003\u0004", "doc.kml"})
    void anyKmlOrKmzFileGivesFeaturesOrSaysWhy(byte[] input) throws IOException {
        read(KML, input, "input.kml", ReadOptions.defaults());
        read(KML, input, "input.kml", new ReadOptions("Hang động", null));
    }

    /** Tracks and routes (the default), then the waypoints of the same file. */
    @FuzzTest
    @DictionaryEntries({"<gpx", "version=\"1.1\"", "creator=", "<trk>", "<trkseg>", "<trkpt", "<rte>", "<rtept", "<wpt", "lat=\"", "lon=\"",
            "<ele>", "<time>", "<name>", "<desc>", "<cmt>", "<sym>", "<link href=", "<number>", "<extensions>", "<!DOCTYPE", "<!ENTITY",
            "xmlns=\"http://www.topografix.com/GPX/1/1\""})
    void anyGpxFileGivesFeaturesOrSaysWhy(byte[] input) throws IOException {
        read(GPX, input, "input.gpx", ReadOptions.defaults());
        read(GPX, input, "input.gpx", new ReadOptions("waypoints", null));
    }

    /**
     * A Shapefile's .shp, .dbf, .prj and .cpg in one input: the .shp bytes first, then each
     * other part after a marker line ({@code \n===dbf===\n}…); a part without its marker is absent.
     */
    @FuzzTest
    @DictionaryEntries({"===dbf===", "===prj===", "===cpg===", "\0\0\'", "\u00e8\3\0\0", "UTF-8",
            "1258", "TCVN3", "PROJCS[", "GEOGCS["})
    void anyShapefileGivesFeaturesOrSaysWhy(byte[] input) throws IOException {
        if (input.length > MAX_INPUT) {
            return;
        }
        Path shp = folder.resolve("input.shp");
        byte[][] parts = shapefileParts(input);
        Files.write(shp, parts[0]);
        for (int i = 0; i < SHAPEFILE_PARTS.length; i++) {
            Path part = folder.resolve("input." + SHAPEFILE_PARTS[i]);
            if (parts[i + 1] == null) {
                Files.deleteIfExists(part);
            } else {
                Files.write(part, parts[i + 1]);
            }
        }
        readFile(SHAPEFILE, shp, ReadOptions.defaults(), input.length);
    }

    @FuzzTest
    void anyGeoPackageGivesFeaturesOrSaysWhy(byte[] input) throws IOException {
        read(GEOPACKAGE, input, "input.gpkg", ReadOptions.defaults());
    }

    @FuzzTest
    @DictionaryEntries({"place:", "narrations:", "vi:", "en:", "zh-Hans:", "text:", "audio:", "duration_s:", "- ", ": ", "&a", "*a",
            "!!", "{", "}", "[", "]", "|", ">", "---", "...", "%YAML 1.1"})
    void anyNarrationScriptGivesAScriptOrSaysWhy(byte[] input) throws IOException {
        read(NARRATION_SCRIPTS, input, "input.yaml", ReadOptions.defaults());
    }

    @Test
    void aShapefileInputIsSplitIntoItsParts() throws IOException {
        byte[] input = "SHP\n===prj===\nPROJCS[]\n===dbf===\nDBF".getBytes(StandardCharsets.ISO_8859_1);
        byte[][] parts = shapefileParts(input);
        assertThat(new String(parts[0], StandardCharsets.ISO_8859_1)).isEqualTo("SHP");
        assertThat(new String(parts[1], StandardCharsets.ISO_8859_1)).isEqualTo("DBF");
        assertThat(new String(parts[2], StandardCharsets.ISO_8859_1)).isEqualTo("PROJCS[]");
        assertThat(parts[3]).as("no .cpg").isNull();
    }

    @Test
    void theShapefileSeedIsReadAsTheShapefileItWasMadeOf() throws IOException {
        byte[] seed;
        try (var in = getClass().getResourceAsStream("FileReadersFuzzTestInputs/anyShapefileGivesFeaturesOrSaysWhy/seed-cao-bang-sites")) {
            seed = in.readAllBytes();
        }
        Path folder = Files.createTempDirectory(FileReadersFuzzTest.folder, "seed");
        byte[][] parts = shapefileParts(seed);
        Files.write(folder.resolve("sites.shp"), parts[0]);
        for (int i = 0; i < SHAPEFILE_PARTS.length; i++) {
            Files.write(folder.resolve("sites." + SHAPEFILE_PARTS[i]), parts[i + 1]);
        }
        try (FeatureReader reader = new ShapefileFormat().open(folder.resolve("sites.shp"), ReadOptions.defaults())) {
            assertThat(reader.declaredCrs()).isPresent();
            int features = 0;
            while (reader.next() != null) {
                features++;
            }
            assertThat(features).isEqualTo(2);
        }
    }

    private static void read(FileFormat format, byte[] input, String fileName, ReadOptions options) throws IOException {
        if (input.length > MAX_INPUT) {
            return;
        }
        Path file = Files.write(folder.resolve(fileName), input);
        readFile(format, file, options, input.length);
    }

    /** Reads the whole file as the importer does: a rejected feature is counted and reading goes on. */
    static void readFile(FileFormat format, Path file, ReadOptions options, int inputBytes) throws IOException {
        try (FeatureReader reader = format.open(file, options)) {
            reader.declaredCrs();
            long outcomes = 0;
            while (true) {
                try {
                    SourceFeature feature = reader.next();
                    if (feature == null) {
                        return;
                    }
                    assertThat(feature.attributes()).isNotNull();
                } catch (UnreadableFeatureException rejected) {
                    assertThat(rejected.getMessage()).as("the reason a feature is rejected").isNotBlank();
                    assertThat(rejected.feature()).as("the feature rejected").isNotBlank();
                }
                if (++outcomes > inputBytes + 1L) {
                    fail("the %s reader gave more features than its file has bytes: it does not come to an end", format.name());
                }
            }
        } catch (UnreadableFileException refused) {
            assertThat(refused.getMessage()).as("the reason a file is refused").isNotBlank();
        }
    }

    static byte[][] shapefileParts(byte[] input) {
        String text = new String(input, StandardCharsets.ISO_8859_1);
        byte[][] parts = new byte[SHAPEFILE_PARTS.length + 1][];
        int[] starts = new int[SHAPEFILE_PARTS.length];
        for (int i = 0; i < SHAPEFILE_PARTS.length; i++) {
            starts[i] = text.indexOf(marker(SHAPEFILE_PARTS[i]));
        }
        int shpEnd = text.length();
        for (int start : starts) {
            if (start >= 0) {
                shpEnd = Math.min(shpEnd, start);
            }
        }
        parts[0] = text.substring(0, shpEnd).getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < SHAPEFILE_PARTS.length; i++) {
            if (starts[i] < 0) {
                continue;
            }
            int from = starts[i] + marker(SHAPEFILE_PARTS[i]).length();
            int to = text.length();
            for (int start : starts) {
                if (start >= from && start < to) {
                    to = start;
                }
            }
            parts[i + 1] = text.substring(from, to).getBytes(StandardCharsets.ISO_8859_1);
        }
        return parts;
    }

    static String marker(String part) {
        return "\n===" + part + "===\n";
    }
}
