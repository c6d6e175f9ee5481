package org.geoparks.importer.bundled;

import java.nio.file.Path;
import org.geoparks.importer.run.ImportJob;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * Plugs the importer into the catalogue service when its jar is on the classpath: the import
 * services become beans, and with {@code catalogue.geodata.load-on-start=true} the bundled
 * dataset is loaded before the service opens its port.
 */
@AutoConfiguration
@ComponentScan(basePackages = {"org.geoparks.importer.source", "org.geoparks.importer.crs", "org.geoparks.importer.layer",
        "org.geoparks.importer.run"})
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
