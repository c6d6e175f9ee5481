package org.geoparks.catalogue.itinerary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.geoparks.catalogue.hazard.HazardLayer;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.LanguageSql;
import org.geoparks.catalogue.partner.PartnerLayer;
import org.geoparks.catalogue.place.PlaceLayer;
import org.geoparks.catalogue.route.RouteLayer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every read of the operators' routes API, in one place. What leaves the database is public:
 * routes' lines through {@code public_geometry}, places at their {@code public_geom}, hazards
 * through {@code public_geometry} with the place they are about. Exact geometries are used only
 * inside the database, to decide which hazards lie within the buffer of a route — never returned.
 */
@Repository
class RouteReads {

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    RouteReads(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A page of routes with the number of all matches. */
    record RoutePage(List<ObjectNode> features, long matched) {
    }

    /** A stop of a route, at its place's public position. */
    record StopRow(String routeId, int position, String placeId, ObjectNode feature, String status) {
    }

    /** A hazard in force on a route: its public feature and what the verdict needs. */
    record HazardRow(String routeId, ObjectNode feature, Verdict.Hazard hazard) {
    }

    /** A route for GPX and KML: names in one language, the public line as WKB, the stops at public points. */
    record ExportRoute(String id, String parkId, String name, String description, byte[] line, List<ExportStop> stops, Instant updated) {
    }

    record ExportStop(int position, String placeId, String name, String kind, Double lat, Double lon) {
    }

    /** For the declared filters with an open set of values: the values the catalogue holds (themes, parks). */
    Map<String, Set<String>> knownValues() {
        Map<String, Set<String>> known = new LinkedHashMap<>();
        known.put("theme", new TreeSet<>(jdbc.getJdbcTemplate().queryForList("SELECT DISTINCT unnest(themes) FROM route", String.class)));
        known.put("park", new TreeSet<>(jdbc.getJdbcTemplate().queryForList("SELECT id FROM park", String.class)));
        return known;
    }

    boolean placeExists(String id) {
        return Boolean.TRUE.equals(jdbc.getJdbcTemplate().queryForObject("SELECT EXISTS (SELECT 1 FROM place WHERE id = ?)", Boolean.class, id));
    }

    /** A park's name in the language asked, if the park exists. */
    Optional<String> parkName(String id, LanguagePreference language) {
        return jdbc.queryForList("SELECT " + new LanguageSql(language).pick("name") + " FROM park WHERE id = :id", Map.of("id", id), String.class)
                .stream().findFirst();
    }

    boolean parkExists(String id) {
        return Boolean.TRUE.equals(jdbc.getJdbcTemplate().queryForObject("SELECT EXISTS (SELECT 1 FROM park WHERE id = ?)", Boolean.class, id));
    }

    /**
     * Plans this transaction's queries without JIT compilation. PostGIS declares its geography
     * functions costly, so a buffer test over a few hundred (route, hazard) pairs is estimated
     * above PostgreSQL's JIT thresholds; compiling then takes ten times longer than running the
     * query (measured: 480 ms of JIT for 30 ms of work). Only for the transaction it runs in.
     */
    private void withoutJit() {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.getJdbcTemplate().execute("SET LOCAL jit = off");
        }
    }

    RoutePage routes(RouteQuery q) {
        withoutJit();
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = conditions(q, params);
        LanguageSql language = new LanguageSql(q.language());
        String order = q.sort() == RouteQuery.Sort.NAME ? language.pick("t.name") + ", t.id" : q.sort().sql;
        params.addValue("limit", q.limit());
        params.addValue("offset", q.offset());
        String sql = "SELECT " + DeclaredFeatures.feature(RouteLayer.DECLARATION, language, stopCount()) + "::text AS f, count(*) OVER () AS matched"
                + " FROM route t WHERE " + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset";
        List<long[]> matched = new ArrayList<>();
        List<ObjectNode> features = jdbc.query(sql, params, (rs, i) -> {
            matched.add(new long[] {rs.getLong("matched")});
            return object(rs.getString("f"));
        });
        long total = matched.isEmpty() ? q.offset() > 0 ? count(where, params) : 0 : matched.get(0)[0];
        return new RoutePage(features, total);
    }

    private long count(String where, MapSqlParameterSource params) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM route t WHERE " + where, params, Long.class);
        return n == null ? 0 : n;
    }

    private static String stopCount() {
        return "'stop_count', (SELECT count(*) FROM route_stop s WHERE s.route_id = t.id)";
    }

    private static String conditions(RouteQuery q, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>();
        where.add("true");
        int i = 0;
        for (Map.Entry<Field, String> filter : q.filters().entrySet()) {
            String name = "filter" + i++;
            params.addValue(name, filter.getValue());
            Field f = filter.getKey();
            where.add(f.type().isList() ? ":" + name + " = ANY(t." + f.column() + ")" : "t." + f.column() + " = :" + name);
        }
        if (q.maxLengthKm() != null) {
            params.addValue("maxLengthM", q.maxLengthKm() * 1000);
            where.add("t.length_m <= :maxLengthM");
        }
        if (q.maxDurationH() != null) {
            params.addValue("maxDurationH", q.maxDurationH());
            where.add("t.duration_hours <= :maxDurationH");
        }
        if (q.passes() != null) {
            params.addValue("passes", q.passes());
            where.add("EXISTS (SELECT 1 FROM route_stop s WHERE s.route_id = t.id AND s.place_id = :passes)");
        }
        // Positions are matched against what the public sees of a line: a filter never finds the
        // part of a route that is cut away around a protected site.
        String line = DeclaredFeatures.publicGeometry(RouteLayer.DECLARATION);
        if (q.near() != null) {
            params.addValue("nearLon", q.near().lon());
            params.addValue("nearLat", q.near().lat());
            params.addValue("radius", q.radiusM());
            where.add("ST_DWithin((" + line + ")::geography, ST_SetSRID(ST_MakePoint(:nearLon, :nearLat), 4326)::geography, :radius)");
        }
        if (q.bbox() != null) {
            double[] b = q.bbox();
            params.addValue("west", b[0]);
            params.addValue("south", b[1]);
            params.addValue("east", b[2]);
            params.addValue("north", b[3]);
            where.add("t.geom && ST_MakeEnvelope(:west, :south, :east, :north, 4326)"
                    + " AND ST_Intersects(" + line + ", ST_MakeEnvelope(:west, :south, :east, :north, 4326))");
        }
        return String.join(" AND ", where);
    }

    Optional<ObjectNode> route(String id, LanguagePreference language) {
        String sql = "SELECT " + DeclaredFeatures.feature(RouteLayer.DECLARATION, new LanguageSql(language), stopCount())
                + "::text FROM route t WHERE t.id = :id";
        return jdbc.queryForList(sql, Map.of("id", id), String.class).stream().findFirst().map(this::object);
    }

    /** The stops of these routes in order, each a feature of its place (public position) with the languages it is narrated in. */
    List<StopRow> stops(List<String> routeIds, LanguagePreference language) {
        LanguageSql lang = new LanguageSql(language);
        String sql = "SELECT s.route_id, s.position, s.place_id, t.status, "
                + DeclaredFeatures.feature(PlaceLayer.DECLARATION, lang, "'narration_languages', ARRAY(SELECT DISTINCT n.language FROM narration n"
                + " WHERE n.place_id = s.place_id OR (n.route_id = s.route_id AND n.stop_position = s.position) ORDER BY 1)")
                + "::text AS f FROM route_stop s JOIN place t ON t.id = s.place_id WHERE s.route_id = ANY(:ids) ORDER BY s.route_id, s.position";
        return jdbc.query(sql, Map.of("ids", routeIds.toArray(String[]::new)), (rs, i) -> new StopRow(rs.getString("route_id"),
                rs.getInt("position"), rs.getString("place_id"), object(rs.getString("f")), rs.getString("status")));
    }

    /** Partners within {@code radiusM} of each stop's public position, nearest first, per stop position. */
    Map<Integer, List<ObjectNode>> partnersNearStops(String routeId, double radiusM, LanguagePreference language) {
        withoutJit();
        String sql = "SELECT s.position, " + DeclaredFeatures.feature(PartnerLayer.DECLARATION, new LanguageSql(language),
                "'distance_m', round(ST_Distance(t.geom::geography, p.public_geom::geography))") + "::text AS f"
                + " FROM route_stop s JOIN place p ON p.id = s.place_id"
                + " JOIN partner t ON t.geom IS NOT NULL AND ST_DWithin(t.geom::geography, p.public_geom::geography, :radius)"
                + " WHERE s.route_id = :id AND p.public_geom IS NOT NULL"
                + " ORDER BY s.position, ST_Distance(t.geom::geography, p.public_geom::geography), t.id";
        Map<Integer, List<ObjectNode>> byStop = new LinkedHashMap<>();
        jdbc.query(sql, Map.of("id", routeId, "radius", radiusM), rs -> {
            byStop.computeIfAbsent(rs.getInt("position"), k -> new ArrayList<>()).add(object(rs.getString("f")));
        });
        return byStop;
    }

    /**
     * The hazards in force at some moment of [{@code from}, {@code to}] (seasons included, through
     * the database's one rule {@code in_force_during}) that lie within {@code bufferM} of a route's
     * line or of one of its stops, or belong to one of its stops' places.
     */
    List<HazardRow> hazards(List<String> routeIds, Instant from, Instant to, double bufferM, LanguagePreference language) {
        withoutJit();
        LanguageSql lang = new LanguageSql(language);
        String inForce = HazardLayer.DECLARATION.temporal().inForceDuring("CAST(:from AS timestamptz)", "CAST(:to AS timestamptz)");
        String ended = HazardLayer.DECLARATION.temporal().statusColumn() + " <> '" + HazardLayer.DECLARATION.temporal().endedStatus() + "'";
        String nearLine = "(t.geom && ST_Expand(r.geom, :bufferDeg) AND ST_DWithin(t.geom::geography, r.geom::geography, :buffer))";
        String stopsHit = "ARRAY(SELECT s.position FROM route_stop s JOIN place p ON p.id = s.place_id WHERE s.route_id = r.id"
                + " AND (s.place_id = t.place_id OR ST_DWithin(t.geom::geography, p.geom::geography, :buffer)) ORDER BY s.position)";
        String sql = "SELECT r.id AS route_id, t.id, t.severity, t.place_id, " + nearLine + " AS near_line, " + stopsHit + " AS stops, "
                + DeclaredFeatures.feature(HazardLayer.DECLARATION, lang, "'near_line', " + nearLine + ", 'affected_stops', " + stopsHit)
                + "::text AS f FROM route r JOIN hazard t ON t." + ended + " AND " + inForce
                + " WHERE r.id = ANY(:ids) AND (" + nearLine
                + " OR t.place_id IN (SELECT s.place_id FROM route_stop s WHERE s.route_id = r.id)"
                + " OR EXISTS (SELECT 1 FROM route_stop s JOIN place p ON p.id = s.place_id WHERE s.route_id = r.id"
                + " AND ST_DWithin(t.geom::geography, p.geom::geography, :buffer)))"
                + " ORDER BY r.id, array_position(ARRAY['extreme', 'high', 'moderate', 'low'], t.severity), t.id";
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("ids", routeIds.toArray(String[]::new))
                .addValue("from", java.time.OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC))
                .addValue("to", java.time.OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC))
                .addValue("buffer", bufferM)
                // a degree of longitude is never shorter than 90 km up to the latitude of Lạng Sơn: a box this wide holds the buffer
                .addValue("bufferDeg", bufferM / 90_000.0);
        return jdbc.query(sql, params, (rs, i) -> new HazardRow(rs.getString("route_id"), object(rs.getString("f")),
                new Verdict.Hazard(rs.getString("id"), rs.getString("severity"), rs.getString("place_id"), rs.getBoolean("near_line"),
                        integers(rs.getArray("stops")))));
    }

    /** Routes for GPX and KML, in the order asked. */
    List<ExportRoute> exportRoutes(List<String> ids, LanguagePreference language) {
        LanguageSql lang = new LanguageSql(language);
        String line = DeclaredFeatures.publicGeometry(RouteLayer.DECLARATION);
        List<ExportRoute> routes = jdbc.query("SELECT t.id, t.park_id, " + lang.pick("t.name") + " AS name, " + lang.pick("t.description")
                        + " AS description, ST_AsBinary(" + line + ") AS line, t.updated_at FROM route t WHERE t.id = ANY(:ids)"
                        + " ORDER BY array_position(:ids, t.id)",
                Map.of("ids", ids.toArray(String[]::new)), (rs, i) -> new ExportRoute(rs.getString("id"), rs.getString("park_id"),
                        rs.getString("name"), rs.getString("description"), rs.getBytes("line"), new ArrayList<>(),
                        rs.getTimestamp("updated_at").toInstant()));
        Map<String, ExportRoute> byId = new LinkedHashMap<>();
        routes.forEach(r -> byId.put(r.id(), r));
        jdbc.query("SELECT s.route_id, s.position, s.place_id, p.kind, " + lang.pick("p.name") + " AS name,"
                        + " ST_Y(ST_PointOnSurface(p.public_geom)) AS lat, ST_X(ST_PointOnSurface(p.public_geom)) AS lon"
                        + " FROM route_stop s JOIN place p ON p.id = s.place_id WHERE s.route_id = ANY(:ids) ORDER BY s.route_id, s.position",
                Map.of("ids", ids.toArray(String[]::new)), rs -> {
                    double lat = rs.getDouble("lat");
                    Double latOrNull = rs.wasNull() ? null : lat;
                    double lon = rs.getDouble("lon");
                    Double lonOrNull = rs.wasNull() ? null : lon;
                    byId.get(rs.getString("route_id")).stops().add(new ExportStop(rs.getInt("position"), rs.getString("place_id"),
                            rs.getString("name"), rs.getString("kind"), latOrNull, lonOrNull));
                });
        return routes;
    }

    /** Whether the place exists, and whether the public may know where it is; empty when it does not exist. */
    Optional<Boolean> placeHasPublicPosition(String id) {
        return jdbc.queryForList("SELECT public_geom IS NOT NULL FROM place WHERE id = :id", Map.of("id", id), Boolean.class).stream().findFirst();
    }

    /**
     * Records of a layer (partners or places) within {@code radiusM} of a place's public position,
     * nearest first, measured between public positions on the ellipsoid.
     *
     * @param typeField the declared field {@code type} selects on (a partner's type, a place's kind), or null
     */
    List<ObjectNode> nearby(String placeId, org.geoparks.catalogue.layer.LayerDeclaration<?> layer, Field typeField, String type,
                            double radiusM, int limit, LanguagePreference language) {
        withoutJit();
        String position = DeclaredFeatures.publicGeometry(layer);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("id", placeId).addValue("radius", radiusM).addValue("limit", limit);
        String typeCondition = "";
        if (type != null) {
            params.addValue("type", type);
            typeCondition = " AND t." + typeField.column() + " = :type";
        }
        String distance = "ST_Distance((" + position + ")::geography, c.public_geom::geography)";
        String sql = "SELECT " + DeclaredFeatures.feature(layer, new LanguageSql(language), "'distance_m', round(" + distance + ")")
                + "::text FROM " + layer.relation() + " t, place c WHERE c.id = :id AND t.id <> c.id AND (" + position + ") IS NOT NULL"
                + " AND ST_DWithin((" + position + ")::geography, c.public_geom::geography, :radius)" + typeCondition
                + " ORDER BY " + distance + ", t.id LIMIT :limit";
        return jdbc.queryForList(sql, params, String.class).stream().map(this::object).toList();
    }

    List<String> routeIdsOfPark(String parkId) {
        return jdbc.queryForList("SELECT id FROM route WHERE park_id = :park ORDER BY id", Map.of("park", parkId), String.class);
    }

    ObjectNode object(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostGIS wrote JSON Jackson cannot read: " + e.getMessage(), e);
        }
    }

    private static List<Integer> integers(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }
}
