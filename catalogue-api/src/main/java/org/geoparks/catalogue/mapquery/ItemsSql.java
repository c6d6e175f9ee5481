package org.geoparks.catalogue.mapquery;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.geoparks.catalogue.account.ParkScope;
import org.geoparks.catalogue.collection.Collection;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.LanguageSql;
import org.geoparks.catalogue.layer.Temporal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL of one items or feature request. PostGIS writes each feature's JSON itself
 * ({@code ST_AsGeoJSON}, {@code json_build_object}), so the service only streams text: the
 * cheapest way to serve GeoJSON from PostGIS.
 */
final class ItemsSql {

    final String select;
    final String count;
    final MapSqlParameterSource params = new MapSqlParameterSource();

    private ItemsSql(String select, String count) {
        this.select = select;
        this.count = count;
    }

    /**
     * @param withCount also count every match in the same scan ({@code count(*) OVER ()} over the
     *                  ids only), for numberMatched when it is not cached yet: one query instead of two
     */
    static ItemsSql items(Collection c, ItemsQuery q, ParkScope scope, boolean withCount) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = conditions(c, q, params);
        String order = q.after() != null ? " AND t.id > :after" : "";
        if (q.after() != null) {
            params.addValue("after", q.after());
        }
        params.addValue("limit", q.limit() + 1);
        params.addValue("offset", q.after() != null ? 0 : q.offset());
        // The page's ids are chosen first and only those rows are turned into JSON: building the
        // JSON of every match before the sort and limit costs a district-sized box thousands of
        // json_build_object calls for a page of a hundred.
        String page = "SELECT t.id" + (withCount ? ", count(*) OVER () AS matched" : "") + " FROM " + c.relation()
                + " t WHERE " + where + order + " ORDER BY t.id LIMIT :limit OFFSET :offset";
        String select = "WITH page AS MATERIALIZED (" + page + ") SELECT " + featureJson(c, q, scope, params)
                + " AS f, t.id AS fid" + (withCount ? ", page.matched" : "") + " FROM page JOIN " + c.relation()
                + " t ON t.id = page.id ORDER BY t.id";
        String count = "SELECT count(*) FROM " + c.relation() + " t WHERE " + where;
        ItemsSql sql = new ItemsSql(select, count);
        sql.params.addValues(params.getValues());
        return sql;
    }

    /** The features with these ids, in no particular order: the caller puts them in the order the {@link BboxIndex} chose. */
    static ItemsSql features(Collection c, ItemsQuery q, ParkScope scope, List<String> ids) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        params.addValue("ids", ids.toArray(String[]::new));
        String select = "SELECT " + featureJson(c, q, scope, params) + " AS f, t.id AS fid FROM " + c.relation()
                + " t WHERE t.id = ANY(:ids)";
        ItemsSql sql = new ItemsSql(select, null);
        sql.params.addValues(params.getValues());
        return sql;
    }

    /** Which of these ids match the query's conditions: PostGIS decides what a bounding box cannot. */
    static ItemsSql matchingIds(Collection c, ItemsQuery q, List<String> ids) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = conditions(c, q, params);
        params.addValue("ids", ids.toArray(String[]::new));
        ItemsSql sql = new ItemsSql("SELECT t.id FROM " + c.relation() + " t WHERE " + where + " AND t.id = ANY(:ids)", null);
        sql.params.addValues(params.getValues());
        return sql;
    }

    static ItemsSql feature(Collection c, String id, SupportedCrs crs, LanguagePreference language, ParkScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        ItemsQuery q = new ItemsQuery(null, SupportedCrs.CRS84, crs, 1, 0, null, null, java.util.Map.of(), language, null, null, null);
        String where = (c.condition() != null ? c.condition() + " AND " : "") + "t.id = :id";
        params.addValue("id", id);
        ItemsSql sql = new ItemsSql("SELECT " + featureJson(c, q, scope, params) + " AS f, t.id AS fid FROM " + c.relation() + " t WHERE " + where, null);
        sql.params.addValues(params.getValues());
        return sql;
    }

    private static String featureJson(Collection c, ItemsQuery q, ParkScope scope, MapSqlParameterSource params) {
        LanguageSql language = new LanguageSql(q.language());
        String properties = c.fields().stream()
                .filter(f -> f.isPublic() || !scope.isPublic())
                .map(f -> "'" + f.name() + "', " + visibleValue(c, f, f.sql(language), scope, params))
                .collect(Collectors.joining(", "));
        // Option 0: no legacy "crs" member inside the geometry; the Content-Crs header names the CRS
        // (OGC API – Features Part 2), and RFC 7946 dropped that member.
        String geometry = c.geometry() == null ? "NULL"
                : "ST_AsGeoJSON(" + projected(visibleGeometry(c, scope, params), q.crs()) + ", " + q.crs().decimals() + ", 0)::json";
        return "json_build_object('type', 'Feature', 'id', t.id, 'geometry', " + geometry
                + ", 'properties', json_build_object(" + properties + "))::text";
    }

    /** A managers-only field's value where the caller manages the record's park, else null. */
    private static String visibleValue(Collection c, Field field, String sql, ParkScope scope, MapSqlParameterSource params) {
        if (field.isPublic() || scope.allParks()) {
            return sql;
        }
        if (c.parkColumn() == null) {
            return "NULL";
        }
        params.addValue("managedParks", scope.managedParks().toArray(String[]::new));
        return "CASE WHEN t." + c.parkColumn() + " = ANY(:managedParks) THEN " + sql + " END";
    }

    /** The geometry the caller may see: exact for managers of the record's park, else the public one. */
    static String visibleGeometry(Collection c, ParkScope scope, MapSqlParameterSource params) {
        String publicGeometry = c.publicGeometry();
        if (scope.isPublic() || c.parkColumn() == null || !c.geometry().hasPublicVersion()) {
            return publicGeometry;
        }
        if (scope.allParks()) {
            return c.exactGeometry();
        }
        params.addValue("managedParks", scope.managedParks().toArray(String[]::new));
        return "CASE WHEN t." + c.parkColumn() + " = ANY(:managedParks) THEN " + c.exactGeometry() + " ELSE " + publicGeometry + " END";
    }

    static String projected(String geometry, SupportedCrs crs) {
        String g = crs.srid() == 4326 ? geometry : "ST_Transform(" + geometry + ", " + crs.srid() + ")";
        return crs.latitudeFirst() ? "ST_FlipCoordinates(" + g + ")" : g;
    }

    private static String conditions(Collection c, ItemsQuery q, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>();
        where.add("true");
        if (c.condition() != null) {
            where.add(c.condition());
        }
        if (q.bbox() != null) {
            // Filter on the geometry the public sees: an exact position never leaks through a filter.
            String g = c.publicGeometry();
            List<String> boxes = new ArrayList<>();
            double[] b = q.bbox();
            if (q.crossesAntimeridian()) {
                boxes.add(envelope(b[0], b[1], 180, b[3], q.bboxCrs()));
                boxes.add(envelope(-180, b[1], b[2], b[3], q.bboxCrs()));
            } else {
                boxes.add(envelope(b[0], b[1], b[2], b[3], q.bboxCrs()));
            }
            where.add("(" + boxes.stream().map(e -> "(" + g + " && " + e + " AND ST_Intersects(" + g + ", " + e + "))")
                    .collect(Collectors.joining(" OR ")) + ")");
        }
        if (q.time() != null && c.timeBound()) {
            Temporal t = c.temporal();
            params.addValue("timeStart", q.time().start() == null ? null : Timestamp.from(q.time().start()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            params.addValue("timeEnd", q.time().end() == null ? null : Timestamp.from(q.time().end()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            where.add(t.inForceDuring("CAST(:timeStart AS timestamptz)", "CAST(:timeEnd AS timestamptz)"));
            boolean statusAsked = q.filters().keySet().stream()
                    .anyMatch(name -> t.statusColumn() != null && t.statusColumn().equals(c.filters().get(name).column()));
            if (t.endedStatus() != null && !statusAsked) {
                where.add("t." + t.statusColumn() + " <> '" + t.endedStatus() + "'"); // a resolved hazard is no longer in force
            }
        }
        if (q.textMatches() != null) {
            params.addValue("textMatches", q.textMatches().toArray(String[]::new));
            where.add("t.id = ANY(:textMatches)");
        }
        int i = 0;
        for (var entry : q.filters().entrySet()) {
            Field filter = c.filters().get(entry.getKey());
            String param = "filter" + i++;
            params.addValue(param, entry.getValue());
            // a value the map shows computed (a place's status in effect) is filtered on as shown
            where.add(filter.type().isList() ? ":" + param + " = ANY(t." + filter.column() + ")"
                    : filter.sql(new LanguageSql(q.language())) + " = :" + param);
        }
        return String.join(" AND ", where);
    }

    private static String envelope(double x1, double y1, double x2, double y2, SupportedCrs crs) {
        String e = "ST_MakeEnvelope(" + x1 + ", " + y1 + ", " + x2 + ", " + y2 + ", " + crs.srid() + ")";
        return crs.srid() == 4326 ? e : "ST_Transform(" + e + ", 4326)";
    }
}
