package org.geoparks.catalogue.ogc;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.geoparks.catalogue.i18n.LocalizedText;

/**
 * One collection of the map service, declared once: where its features come from, which
 * properties they carry, which filters and times apply, and what schema.org calls them.
 *
 * @param relation        the table or view, aliased {@code t} in every query
 * @param publicGeometry  what everybody sees (sensitive places: generalised or none)
 * @param exactGeometry   what managers of the record's park see
 * @param parkColumn      the column naming the record's park, for managers' rights; null if none
 * @param condition       a fixed SQL condition (per-kind views), or null
 * @param filters         query parameter → column, for simple equality filters
 * @param temporal        validity columns, for {@code datetime}; null when the collection is timeless
 * @param entityTypes     change-log entity types whose changes alter this collection
 */
public record OgcCollection(
        String id,
        LocalizedText title,
        LocalizedText description,
        String relation,
        String publicGeometry,
        String exactGeometry,
        String parkColumn,
        String condition,
        List<Property> properties,
        Map<String, Filter> filters,
        Temporal temporal,
        Set<String> entityTypes,
        JsonLdKind jsonLd) {

    /** A property of every feature: its JSON name and the SQL that computes it. */
    public record Property(String name, Function<LanguageSql, String> sql) {

        static Property column(String name, String column) {
            return new Property(name, l -> "t." + column);
        }

        static Property text(String name, String jsonbColumn) {
            return new Property(name, l -> l.pick("t." + jsonbColumn));
        }

        static Property sql(String name, Function<LanguageSql, String> sql) {
            return new Property(name, sql);
        }
    }

    /** An equality filter on a column; {@code array} when the column is an array that must contain the value. */
    public record Filter(String column, boolean array, List<String> allowed) {

        static Filter on(String column, List<String> allowed) {
            return new Filter(column, false, allowed);
        }
    }

    /** The validity of time-bound records, and whether "now" applies when no datetime is given. */
    public record Temporal(String fromColumn, String untilColumn, boolean nowByDefault) {
    }

    /** How schema.org describes the features (f=jsonld). */
    public enum JsonLdKind { PARK, ATTRACTION, TRIP, BUSINESS, ANNOUNCEMENT, PLACE, CREATIVE_WORK }

    public boolean timeBound() {
        return temporal != null;
    }
}
