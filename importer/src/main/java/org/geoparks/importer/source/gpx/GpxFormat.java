package org.geoparks.importer.source.gpx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.FileFormat;
import org.geoparks.importer.source.ReadOptions;
import org.springframework.stereotype.Component;

/**
 * GPX 1.0 and 1.1 (jpx): tracks and routes as lines, or with {@code --source-layer waypoints} the
 * waypoints as points ({@code tracks} or {@code routes} alone also work).
 */
@Component
public class GpxFormat implements FileFormat {

    @Override
    public String name() {
        return "gpx";
    }

    @Override
    public List<String> extensions() {
        return List.of("gpx");
    }

    @Override
    public FeatureReader open(Path file, ReadOptions options) throws IOException {
        return new GpxReader(file, options.layer());
    }
}
