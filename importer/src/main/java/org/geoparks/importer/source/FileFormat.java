package org.geoparks.importer.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One format the importer reads (GeoJSON, GeoPackage, Shapefile, CSV, GPX, KML…). */
public interface FileFormat {

    /** A short name for messages and {@code --format}: {@code geojson}, {@code gpkg}… */
    String name();

    /** File name endings this format reads, lower case, without the dot. */
    List<String> extensions();

    /** Opens one layer of the file; {@code options.layer()} names it where the format has several. */
    FeatureReader open(Path file, ReadOptions options) throws IOException;
}
