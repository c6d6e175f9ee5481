package org.geoparks.catalogue.editing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * What an edit sends: field values by the names the layer's declaration gives them (as a JSON
 * body has them), and a new geometry when it moves the record.
 *
 * @param values      the fields sent; in a merge, a field sent as null is emptied
 * @param geometry    the new geometry (WGS 84), or null to keep it
 * @param replacesAll whether the values replace the whole record (PUT) or are merged into it (PATCH, RFC 7396)
 * @param textLanguage the language of texts sent as plain strings (a map client reads and writes one
 *                    language): such a text replaces that language only; null where texts must
 *                    come per language ({"vi": …, "en": …})
 */
public record FieldEdit(Map<String, Object> values, Geometry geometry, boolean replacesAll, String textLanguage) {

    public FieldEdit {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static FieldEdit merge(Map<String, Object> values, Geometry geometry) {
        return new FieldEdit(values, geometry, false, null);
    }

    public static FieldEdit replace(Map<String, Object> values, Geometry geometry) {
        return new FieldEdit(values, geometry, true, null);
    }

    /** The same edit, its plain-string texts taken as written in this language. */
    public FieldEdit inLanguage(String language) {
        return new FieldEdit(values, geometry, replacesAll, language);
    }
}
