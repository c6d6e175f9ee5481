package org.geoparks.importer.source.shapefile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.FileFormat;
import org.geoparks.importer.source.ReadOptions;
import org.springframework.stereotype.Component;

/**
 * ESRI Shapefile: geometry in {@code .shp} (read by our own reader, docs/decisions/0007), attributes
 * in {@code .dbf} (javadbf), the CRS in {@code .prj}, the text encoding in {@code .cpg}. Naming the
 * {@code .dbf} reads the same Shapefile.
 */
@Component
public class ShapefileFormat implements FileFormat {

    @Override
    public String name() {
        return "shapefile";
    }

    @Override
    public List<String> extensions() {
        return List.of("shp", "dbf");
    }

    @Override
    public FeatureReader open(Path file, ReadOptions options) throws IOException {
        return new ShapefileReader(ShapefileParts.of(file), options.encoding());
    }
}
