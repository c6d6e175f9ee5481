package org.geoparks.importer.bundled;

import java.nio.file.Path;
import org.geoparks.importer.crs.SisReprojector;
import org.geoparks.importer.layer.LayerTargets;
import org.geoparks.importer.run.ImportJob;
import org.geoparks.importer.source.Formats;
import org.geoparks.importer.source.csv.CsvFormat;
import org.geoparks.importer.source.geojson.GeoJsonFormat;
import org.geoparks.importer.source.gpkg.GeoPackageFormat;
import org.geoparks.importer.source.gpx.GpxFormat;
import org.geoparks.importer.source.kml.KmlFormat;
import org.geoparks.importer.source.narration.NarrationScriptsFormat;
import org.geoparks.importer.source.shapefile.ShapefileFormat;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Plugs the importer into the catalogue service when its jar is on the classpath: the import
 * services become beans, and with {@code catalogue.geodata.load-on-start=true} the bundled
 * dataset is loaded before the service opens its port.
 */
@AutoConfiguration
@Import({GeoJsonFormat.class, GeoPackageFormat.class, ShapefileFormat.class, CsvFormat.class, GpxFormat.class, KmlFormat.class,
        NarrationScriptsFormat.class, Formats.class, SisReprojector.class, LayerTargets.class, ImportJob.class})
public class ImporterAutoConfiguration {

    @Bean
    BundledGeodataLoader bundledGeodataLoader(ImportJob importer) {
        return new BundledGeodataLoader(importer);
    }

    @Bean
    @ConditionalOnProperty(name = "catalogue.geodata.load-on-start", havingValue = "true")
    SmartInitializingSingleton loadBundledGeodataOnStart(BundledGeodataLoader loader,
                                                         @Value("${catalogue.geodata.dir:}") String folder) {
        return () -> {
            try {
                loader.load(folder.isBlank() ? null : Path.of(folder));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read the bundled geodata: " + e.getMessage(), e);
            }
        };
    }
}
