package org.geoparks.importer.source.kml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.FileFormat;
import org.geoparks.importer.source.ReadOptions;
import org.springframework.stereotype.Component;

/**
 * KML 2.2 and KMZ: every Placemark, or with {@code --source-layer} those inside the Folder (or
 * Document) of that name.
 */
@Component
public class KmlFormat implements FileFormat {

    @Override
    public String name() {
        return "kml";
    }

    @Override
    public List<String> extensions() {
        return List.of("kml", "kmz");
    }

    @Override
    public FeatureReader open(Path file, ReadOptions options) throws IOException {
        return KmlReader.open(file, options.layer());
    }
}
