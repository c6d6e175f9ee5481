package org.geoparks.catalogue.feedback;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** All SQL of visitor feedback. */
@Repository
class FeedbackStore {

    private static final String COLUMNS = "f.id, f.place_id, p.name::text AS place_name, f.park_id, f.rating, f.comment, f.language, f.status, "
            + "f.submitted_at, f.moderated_at, f.moderated_by";
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final RowMapper<FeedbackItem> rows;

    FeedbackStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.rows = this::item;
    }

    /** The park of a place, or empty when there is no such place. */
    Optional<String> parkOfPlace(String placeId) {
        return jdbc.queryForList("SELECT park_id FROM place WHERE id = ?", String.class, placeId).stream().findFirst();
    }

    @Transactional
    FeedbackItem add(FeedbackDraft draft, String parkId) {
        long id = jdbc.queryForObject("INSERT INTO visitor_feedback (place_id, park_id, rating, comment, language) VALUES (?, ?, ?, ?, ?) RETURNING id",
                Long.class, draft.placeId(), parkId, draft.rating(), draft.comment(), draft.language());
        return find(id).orElseThrow();
    }

    Optional<FeedbackItem> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM visitor_feedback f JOIN place p ON p.id = f.place_id WHERE f.id = ?", rows, id)
                .stream().findFirst();
    }

    /** A place's approved feedback, newest first. */
    List<FeedbackItem> approved(String placeId, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM visitor_feedback f JOIN place p ON p.id = f.place_id "
                + "WHERE f.place_id = ? AND f.status = 'approved' ORDER BY f.submitted_at DESC, f.id DESC LIMIT ?", rows, placeId, limit);
    }

    /** Count and mean rating of a place's approved feedback. */
    Summary summary(String placeId) {
        return jdbc.queryForObject("SELECT count(*), avg(rating) FROM visitor_feedback WHERE place_id = ? AND status = 'approved'",
                (rs, n) -> new Summary(rs.getLong(1), rs.getObject(2) == null ? null : Math.round(rs.getDouble(2) * 10) / 10.0), placeId);
    }

    record Summary(long count, Double averageRating) {
    }

    /** Feedback of these parks (all parks when null) in a state, oldest first for the queue, newest first otherwise. */
    List<FeedbackItem> ofParks(List<String> parks, String status, int limit) {
        String order = "pending".equals(status) ? "ASC" : "DESC";
        if (parks == null) {
            return jdbc.query("SELECT " + COLUMNS + " FROM visitor_feedback f JOIN place p ON p.id = f.place_id WHERE f.status = ? "
                    + "ORDER BY f.submitted_at " + order + ", f.id " + order + " LIMIT ?", rows, status, limit);
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM visitor_feedback f JOIN place p ON p.id = f.place_id "
                + "WHERE f.park_id = ANY (?) AND f.status = ? ORDER BY f.submitted_at " + order + ", f.id " + order + " LIMIT ?",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("text", parks.toArray()));
                    ps.setString(2, status);
                    ps.setInt(3, limit);
                }, rows);
    }

    /** Approves or rejects; a later decision replaces an earlier one (an approved comment can be hidden again). */
    @Transactional
    Optional<FeedbackItem> decide(long id, String status, String moderator) {
        int changed = jdbc.update("UPDATE visitor_feedback SET status = ?, moderated_at = now(), moderated_by = ? WHERE id = ?", status, moderator, id);
        return changed == 0 ? Optional.empty() : find(id);
    }

    private FeedbackItem item(ResultSet rs, int n) throws SQLException {
        Map<String, String> placeName;
        try {
            placeName = json.readValue(rs.getString("place_name"), TEXTS);
        } catch (Exception e) {
            placeName = Map.of();
        }
        return new FeedbackItem(rs.getLong("id"), rs.getString("place_id"), placeName, rs.getString("park_id"), rs.getInt("rating"),
                rs.getString("comment"), rs.getString("language"), rs.getString("status"), instant(rs.getTimestamp("submitted_at")),
                instant(rs.getTimestamp("moderated_at")), rs.getString("moderated_by"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
