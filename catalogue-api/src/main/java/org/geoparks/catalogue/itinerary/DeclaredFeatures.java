package org.geoparks.catalogue.itinerary;

import java.util.stream.Collectors;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.LanguageSql;
import org.geoparks.catalogue.layer.LayerDeclaration;

/**
 * A layer's features as the public sees them, written by PostGIS from the layer's declaration
 * (as the map service writes them): the public fields in the request's language and the public
 * geometry. The layer's relation is aliased {@code t}; nothing here lists a layer's fields.
 */
final class DeclaredFeatures {

    private DeclaredFeatures() {
    }

    /** SQL for the public properties as {@code 'name', value, …}, to go inside {@code json_build_object}. */
    static String properties(LayerDeclaration<?> layer, LanguageSql language) {
        return layer.fields().stream().filter(Field::isPublic)
                .map(f -> "'" + f.name() + "', " + f.sql(language))
                .collect(Collectors.joining(", "));
    }

    /** SQL for the geometry everybody may see (a protected site's neighbourhood cut away or generalised). */
    static String publicGeometry(LayerDeclaration<?> layer) {
        return layer.geometry().publicSql();
    }

    /** SQL for a GeoJSON Feature (as json) with these extra properties ({@code 'name', value, …}, may be empty). */
    static String feature(LayerDeclaration<?> layer, LanguageSql language, String extraProperties) {
        String extra = extraProperties == null || extraProperties.isBlank() ? "" : ", " + extraProperties;
        return "json_build_object('type', 'Feature', 'id', t.id, 'geometry', ST_AsGeoJSON(" + publicGeometry(layer) + ", 6)::json, "
                + "'properties', json_build_object(" + properties(layer, language) + extra + "))";
    }
}
