package org.geoparks.catalogue.guide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.route.RouteLayer;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every read the guide makes of places, routes, stops and narrations, in one place. Positions
 * are always the public ones ({@code public_geom}): the guide's documents, geofences and packs
 * are public, and a protected site's exact position is never in them.
 */
@Repository
class GuideQueries {

    private static final String PLACE_COLUMNS = """
            p.id, p.park_id, p.kind, p.name::text AS name, p.sensitivity, p.position_precision, p.tags, p.status,
            p.version, p.updated_at, ST_AsGeoJSON(p.public_geom, 6) AS geometry,
            ST_X(ST_PointOnSurface(p.public_geom)) AS lon, ST_Y(ST_PointOnSurface(p.public_geom)) AS lat""";
    private static final String NARRATION_COLUMNS = """
            n.id, n.place_id, n.route_id, n.stop_position, n.language, n.title, n.script, n.transcript, n.trigger_radius_m,
            n.version, n.updated_at, encode(sha256(convert_to(n.script, 'UTF8')), 'hex') AS script_sha256""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    GuideQueries(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A place as the public may see it. {@code geometry} is null for a restricted site. */
    record PlaceView(String id, String parkId, String kind, LocalizedText name, String sensitivity, String positionPrecision,
                     List<String> tags, String status, int version, Instant updatedAt, JsonNode geometry, Double lon, Double lat) {

        boolean hasPublicPosition() {
            return geometry != null;
        }
    }

    record NarrationView(String id, String placeId, String routeId, Integer stopPosition, String language, String title,
                         String script, String transcript, int triggerRadiusM, int version, Instant updatedAt, String scriptSha256) {
    }

    record RouteView(String id, String parkId, LocalizedText name, String mode, String difficulty, Double lengthM, int version,
                     Instant updatedAt, JsonNode geometry, List<String> stops) {
    }

    PlaceView place(String id) {
        return jdbc.query("SELECT " + PLACE_COLUMNS + " FROM place p WHERE p.id = ?", this::placeRow, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("place", id));
    }

    List<PlaceView> placesOfPark(String parkId) {
        return jdbc.query("SELECT " + PLACE_COLUMNS + " FROM place p WHERE p.park_id = ? ORDER BY p.id", this::placeRow, parkId);
    }

    List<PlaceView> places(Collection<String> ids) {
        return jdbc.query("SELECT " + PLACE_COLUMNS + " FROM place p WHERE p.id = ANY (?) ORDER BY p.id", this::placeRow,
                (Object) ids.toArray(String[]::new));
    }

    RouteView route(String id) {
        // the line as the map shows it: what runs beside a protected site is taken out
        return jdbc.query("""
                SELECT t.id, t.park_id, t.name::text AS name, t.mode, t.difficulty, t.length_m, t.version, t.updated_at,
                       ST_AsGeoJSON(%s, 6) AS geometry,
                       ARRAY(SELECT s.place_id FROM route_stop s WHERE s.route_id = t.id ORDER BY s.position) AS stops
                  FROM route t WHERE t.id = ?""".formatted(RouteLayer.DECLARATION.geometry().publicSql()), this::routeRow, id)
                .stream().findFirst()
                .orElseThrow(() -> new NotFoundException("route", id));
    }

    List<String> routeIdsOfPark(String parkId) {
        return jdbc.queryForList("SELECT id FROM route WHERE park_id = ? ORDER BY id", String.class, parkId);
    }

    /** The narrations told at these places, by place then language. */
    List<NarrationView> narrationsOfPlaces(Collection<String> placeIds) {
        return jdbc.query("SELECT " + NARRATION_COLUMNS + " FROM narration n WHERE n.place_id = ANY (?) ORDER BY n.place_id, n.language",
                this::narrationRow, (Object) placeIds.toArray(String[]::new));
    }

    /** The narrations told at the stops of a route, by stop then language. */
    List<NarrationView> narrationsOfStops(String routeId) {
        return jdbc.query("SELECT " + NARRATION_COLUMNS + " FROM narration n WHERE n.route_id = ? ORDER BY n.stop_position, n.language",
                this::narrationRow, routeId);
    }

    Optional<NarrationView> narration(String id) {
        return jdbc.query("SELECT " + NARRATION_COLUMNS + " FROM narration n WHERE n.id = ?", this::narrationRow, id).stream().findFirst();
    }

    /** The park's languages (the fallback chain of its narrations). */
    List<String> parkLanguages(String parkId) {
        List<List<String>> found = jdbc.query("SELECT languages FROM park WHERE id = ?", (rs, i) -> strings(rs.getArray("languages")), parkId);
        if (found.isEmpty()) {
            throw new NotFoundException("park", parkId);
        }
        return found.get(0);
    }

    private PlaceView placeRow(ResultSet rs, int i) throws SQLException {
        double lon = rs.getDouble("lon");
        Double lonOrNull = rs.wasNull() ? null : lon;
        double lat = rs.getDouble("lat");
        Double latOrNull = rs.wasNull() ? null : lat;
        return new PlaceView(rs.getString("id"), rs.getString("park_id"), rs.getString("kind"), text(rs.getString("name")),
                rs.getString("sensitivity"), rs.getString("position_precision"), strings(rs.getArray("tags")), rs.getString("status"),
                rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), tree(rs.getString("geometry")), lonOrNull, latOrNull);
    }

    private NarrationView narrationRow(ResultSet rs, int i) throws SQLException {
        int stop = rs.getInt("stop_position");
        Integer stopOrNull = rs.wasNull() ? null : stop;
        return new NarrationView(rs.getString("id"), rs.getString("place_id"), rs.getString("route_id"), stopOrNull,
                rs.getString("language"), rs.getString("title"), rs.getString("script"),
                Optional.ofNullable(rs.getString("transcript")).orElse(rs.getString("script")), rs.getInt("trigger_radius_m"),
                rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("script_sha256"));
    }

    private RouteView routeRow(ResultSet rs, int i) throws SQLException {
        double length = rs.getDouble("length_m");
        Double lengthOrNull = rs.wasNull() ? null : length;
        return new RouteView(rs.getString("id"), rs.getString("park_id"), text(rs.getString("name")), rs.getString("mode"),
                rs.getString("difficulty"), lengthOrNull, rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(),
                tree(rs.getString("geometry")), strings(rs.getArray("stops")));
    }

    LocalizedText text(String jsonText) {
        if (jsonText == null) {
            return LocalizedText.EMPTY;
        }
        try {
            return LocalizedText.of(json.readValue(jsonText, json.getTypeFactory().constructMapType(Map.class, String.class, String.class)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored text is not a JSON object: " + e.getMessage(), e);
        }
    }

    private JsonNode tree(String jsonText) {
        if (jsonText == null) {
            return null;
        }
        try {
            return json.readTree(jsonText);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostGIS wrote GeoJSON Jackson cannot read: " + e.getMessage(), e);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
