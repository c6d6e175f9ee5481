package org.geoparks.catalogue.editing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.geoparks.catalogue.account.ParkRights;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log (who changed what, when, before → after), for a park's managers and for
 * administrators: a park's entries, or one record's history.
 */
@Component
public class AuditLog {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /** One entry; {@code before} is null for a record created, {@code after} for one deleted. */
    public record Entry(long id, Instant at, String actor, String action, String type, String record, String park,
                        JsonNode before, JsonNode after) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final RowMapper<Entry> row;

    AuditLog(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.row = (rs, i) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("park_id"), tree(rs.getString("before")),
                tree(rs.getString("after")));
    }

    /** One record's history, the latest change first; for the managers of its park. */
    @Transactional(readOnly = true)
    public List<Entry> history(String type, String id, String parkId) {
        ParkRights.current().requireManager(parkId, "read the history of the " + type + " records");
        return jdbc.query("""
                SELECT id, at, actor, action, entity_type, entity_id, park_id, before::text AS before, after::text AS after
                  FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC""", row, type, id);
    }

    /**
     * Entries, the latest first: of one park (for its managers) or of every park the caller manages
     * (all for administrators); since an instant, of one record type, before an entry (to page).
     */
    @Transactional(readOnly = true)
    public List<Entry> entries(String parkId, Instant since, String type, Long before, int limit) {
        ParkRights rights = ParkRights.current();
        Set<String> parks;
        if (parkId != null) {
            rights.requireManager(parkId, "read the audit log");
            parks = Set.of(parkId);
        } else if (rights.isAdmin()) {
            parks = null;
        } else if (!rights.managedParks().isEmpty()) {
            parks = rights.managedParks();
        } else {
            throw refusal(rights);
        }
        StringBuilder sql = new StringBuilder("""
                SELECT id, at, actor, action, entity_type, entity_id, park_id, before::text AS before, after::text AS after
                  FROM audit_log WHERE true""");
        List<Object> args = new ArrayList<>();
        if (parks != null) {
            sql.append(" AND park_id = ANY(?)");
            args.add(parks.toArray(String[]::new));
        }
        if (since != null) {
            sql.append(" AND at >= ?");
            args.add(Timestamp.from(since));
        }
        if (type != null) {
            sql.append(" AND entity_type = ?");
            args.add(type);
        }
        if (before != null) {
            sql.append(" AND id < ?");
            args.add(before);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), row, args.toArray());
    }

    /** Signed in without managing any park: 403; not signed in: 401. */
    private static RuntimeException refusal(ParkRights rights) {
        try {
            rights.requireAdmin("read the audit log; a park's managers read their park's");
        } catch (RuntimeException e) {
            return e;
        }
        throw new IllegalStateException("an administrator was refused");
    }

    private JsonNode tree(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
