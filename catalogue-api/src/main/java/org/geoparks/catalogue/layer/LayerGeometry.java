package org.geoparks.catalogue.layer;

import java.util.Set;

/**
 * Where a layer's geometry is, what it may be, and what of it the public may see.
 *
 * @param publicSql   SQL (the relation aliased {@code t}) for the geometry everybody may see: the
 *                    column itself, a generalised column, or the geometry with what lies near a
 *                    protected site taken out; null-valued where nothing may be shown
 * @param exactColumn the geometry the managers of the record's park see
 * @param types       the geometry types allowed (GeoJSON names)
 * @param required    whether every record has one
 */
public record LayerGeometry(String publicSql, String exactColumn, Set<String> types, boolean required) {

    public LayerGeometry {
        types = Set.copyOf(types);
    }

    /** The same geometry for everybody. */
    public static LayerGeometry plain(String column, Set<String> types, boolean required) {
        return new LayerGeometry("t." + column, column, types, required);
    }

    /** A column the database keeps with what the public may see (a sensitive place's generalised point). */
    public static LayerGeometry withPublicColumn(String publicColumn, String exactColumn, Set<String> types, boolean required) {
        return new LayerGeometry("t." + publicColumn, exactColumn, types, required);
    }

    /**
     * A geometry of a record that may lie near protected sites or be about one: the public sees it
     * through the database's one rule, {@code public_geometry} (migration V9).
     *
     * @param namedPlacesSql SQL for the ids of the places the record is about ({@code ARRAY[t.place_id]})
     */
    public static LayerGeometry aroundProtectedSites(String column, String namedPlacesSql, Set<String> types, boolean required) {
        return new LayerGeometry("public_geometry(t." + column + ", " + namedPlacesSql + ")", column, types, required);
    }

    /** SQL for the exact geometry. */
    public String exactSql() {
        return "t." + exactColumn;
    }

    public boolean hasPublicVersion() {
        return !publicSql.equals(exactSql());
    }
}
