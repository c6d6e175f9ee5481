package org.geoparks.importer.source;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as a file gives it, before mapping: its position in the file (1-based), its id in
 * the file when it has one, its geometry in the file's CRS, and its attributes (strings, numbers,
 * booleans, dates, lists and nested maps).
 */
public record SourceFeature(long index, String externalId, Geometry geometry, Map<String, Object> attributes) {

    /** How a report names this feature: its id in the file, else its position. */
    public String label() {
        return externalId != null ? externalId : "#" + index;
    }
}
