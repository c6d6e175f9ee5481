package org.geoparks.importer.source.gpkg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.FileFormat;
import org.geoparks.importer.source.ReadOptions;
import org.springframework.stereotype.Component;

/** OGC GeoPackage: one feature table, the one {@code --source-layer} names or the only one. */
@Component
public class GeoPackageFormat implements FileFormat {

    @Override
    public String name() {
        return "gpkg";
    }

    @Override
    public List<String> extensions() {
        return List.of("gpkg");
    }

    @Override
    public FeatureReader open(Path file, ReadOptions options) throws IOException {
        return new GeoPackageReader(file, options.layer());
    }
}
