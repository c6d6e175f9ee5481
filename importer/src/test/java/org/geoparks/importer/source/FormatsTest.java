package org.geoparks.importer.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geoparks.importer.source.csv.CsvFormat;
import org.geoparks.importer.source.gpkg.GeoPackageFormat;
import org.geoparks.importer.source.gpx.GpxFormat;
import org.geoparks.importer.source.kml.KmlFormat;
import org.geoparks.importer.source.shapefile.ShapefileFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class FormatsTest {

    private final Formats formats = new Formats(List.of(new GeoPackageFormat(), new ShapefileFormat(), new CsvFormat(),
            new GpxFormat(), new KmlFormat()));

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"places.vn2000.gpkg, gpkg", "DIEM_DI_SAN.SHP, shapefile", "diem.dbf, shapefile", "signs.csv, csv",
            "phja-oac.gpx, gpx", "cao-bang.kml, kml", "cao-bang.kmz, kml"})
    void choosesTheFormatByTheFilesEnding(String fileName, String format) throws IOException {
        Path file = Files.createFile(folder.resolve(fileName));

        assertThat(formats.forFile(file, null).name()).isEqualTo(format);
    }
}
