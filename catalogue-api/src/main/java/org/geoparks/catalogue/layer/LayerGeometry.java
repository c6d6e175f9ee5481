package org.geoparks.catalogue.layer;

import java.util.Set;

/**
 * Where a layer's geometry is and what it may be.
 *
 * @param publicColumn the geometry everybody may see (for sensitive records: generalised, or null)
 * @param exactColumn  the geometry the managers of the record's park see
 * @param types        the geometry types allowed (GeoJSON names)
 * @param required     whether every record has one
 */
public record LayerGeometry(String publicColumn, String exactColumn, Set<String> types, boolean required) {

    public LayerGeometry {
        types = Set.copyOf(types);
    }

    /** The same geometry for everybody. */
    public static LayerGeometry plain(String column, Set<String> types, boolean required) {
        return new LayerGeometry(column, column, types, required);
    }

    public boolean hasPublicVersion() {
        return !publicColumn.equals(exactColumn);
    }
}
