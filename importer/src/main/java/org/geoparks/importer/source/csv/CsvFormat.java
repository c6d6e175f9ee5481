package org.geoparks.importer.source.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.FileFormat;
import org.geoparks.importer.source.ReadOptions;
import org.springframework.stereotype.Component;

/**
 * CSV (RFC 4180) with a header row: points from longitude and latitude columns, or any geometry
 * from a WKT column, or no geometry at all (intangible heritage has none).
 */
@Component
public class CsvFormat implements FileFormat {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv");
    }

    @Override
    public FeatureReader open(Path file, ReadOptions options) throws IOException {
        return new CsvReader(file, options.encoding());
    }
}
