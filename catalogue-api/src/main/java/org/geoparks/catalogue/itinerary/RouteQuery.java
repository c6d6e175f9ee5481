package org.geoparks.catalogue.itinerary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.mapquery.ItemsQuery;
import org.geoparks.catalogue.route.RouteLayer;

/**
 * What {@code GET /api/v1/routes} asks, checked. The equality filters ({@code park}, {@code mode},
 * {@code difficulty}, {@code theme}) are those the routes layer declares as filters, with the
 * values it declares; the others are this API's own.
 *
 * @param filters    declared filter → value asked
 * @param near       a position the route must pass within {@code radiusM} of (its public line)
 * @param date       the day of the hazard summary (Vietnam's calendar)
 */
record RouteQuery(Map<Field, String> filters, Double maxLengthKm, Double maxDurationH, String passes, Parameters.LatLon near,
                  double radiusM, double[] bbox, LanguagePreference language, Sort sort, int limit, int offset, LocalDate date) {

    static final double DEFAULT_RADIUS_M = 5_000;
    static final double MAX_RADIUS_M = 100_000;
    static final int MAX_LIMIT = 1_000;
    static final Set<String> OWN = Set.of("maxLengthKm", "maxDurationH", "passes", "near", "radius", "bbox", "lang", "sort", "limit",
            "offset", "date");

    /** The order of the list. */
    enum Sort {
        ID("id", "t.id"),
        NAME("name", null),
        LENGTH("length", "t.length_m, t.id"),
        LENGTH_DESC("-length", "t.length_m DESC, t.id"),
        DURATION("duration", "t.duration_hours NULLS LAST, t.id"),
        DURATION_DESC("-duration", "t.duration_hours DESC NULLS LAST, t.id");

        final String code;
        final String sql;

        Sort(String code, String sql) {
            this.code = code;
            this.sql = sql;
        }

        static List<String> codes() {
            return java.util.Arrays.stream(values()).map(s -> s.code).toList();
        }
    }

    /** The declared filters of the routes layer, by parameter name. */
    static Map<String, Field> declaredFilters() {
        Map<String, Field> filters = new LinkedHashMap<>();
        RouteLayer.DECLARATION.fields().stream().filter(Field::isFilter).forEach(f -> filters.put(f.filterParameter(), f));
        return filters;
    }

    static Set<String> allowedParameters() {
        Set<String> allowed = new TreeSet<>(OWN);
        allowed.addAll(declaredFilters().keySet());
        return allowed;
    }

    /**
     * @param knownValues for declared filters without a closed list of values (themes, parks):
     *                    the values the catalogue holds, so that a misspelt theme is a 400 and not
     *                    an empty list
     */
    static RouteQuery parse(Map<String, String[]> given, String acceptLanguage, LocalDate today, Map<String, Set<String>> knownValues) {
        Parameters p = new Parameters(given, allowedParameters());
        Map<Field, String> filters = new LinkedHashMap<>();
        for (Map.Entry<String, Field> declared : declaredFilters().entrySet()) {
            Field field = declared.getValue();
            java.util.Collection<String> allowed = field.allowedValues() != null ? field.allowedValues()
                    : knownValues.getOrDefault(declared.getKey(), Set.of());
            String value = p.code(declared.getKey(), allowed);
            if (value != null) {
                filters.put(field, value);
            }
        }
        Parameters.LatLon near = p.position("near");
        if (near == null && p.text("radius") != null) {
            throw new org.geoparks.catalogue.support.InvalidParameterException("radius",
                    "radius is the distance from near=lat,lon: give near too, e.g. near=22.85,106.72&radius=5000");
        }
        String sortCode = p.code("sort", Sort.codes());
        Sort sort = sortCode == null ? Sort.ID : java.util.Arrays.stream(Sort.values()).filter(s -> s.code.equals(sortCode)).findFirst().orElseThrow();
        return new RouteQuery(filters,
                p.positive("maxLengthKm", "kilometres, e.g. maxLengthKm=25"),
                p.positive("maxDurationH", "hours, e.g. maxDurationH=4.5"),
                p.text("passes"),
                near,
                p.metres("radius", DEFAULT_RADIUS_M, MAX_RADIUS_M),
                p.box("bbox"),
                ItemsQuery.language(p.text("lang"), acceptLanguage),
                sort,
                p.integer("limit", 100, 1, MAX_LIMIT),
                p.integer("offset", 0, 0, Integer.MAX_VALUE),
                p.date("date", today));
    }
}
