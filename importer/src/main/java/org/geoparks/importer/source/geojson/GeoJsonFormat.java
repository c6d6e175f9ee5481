package org.geoparks.importer.source.geojson;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.geoparks.importer.source.FeatureReader;
import org.geoparks.importer.source.FileFormat;
import org.geoparks.importer.source.ReadOptions;
import org.n52.jackson.datatype.jts.JtsModule;

/** GeoJSON: RFC 7946, and the older 2008 form with a {@code crs} member. */
@org.springframework.stereotype.Component
public final class GeoJsonFormat implements FileFormat {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JtsModule());

    @Override
    public String name() {
        return "geojson";
    }

    @Override
    public List<String> extensions() {
        return List.of("geojson", "json");
    }

    @Override
    public FeatureReader open(Path file, ReadOptions options) throws IOException {
        return new GeoJsonReader(json, file);
    }
}
