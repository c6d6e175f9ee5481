package org.geoparks.catalogue.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.account.ParkRights;
import org.geoparks.catalogue.editing.EditingSettings;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's safety at a glance — what its managers send to the province and to UNESCO's
 * revalidation: the hazards in force, the signs by condition, the signs overdue for inspection
 * ({@code catalogue.editing.inspection-interval}), and the places closed or cautioned, since when
 * and why.
 */
@Component
class SafetyReport {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    record Report(String park, @JsonProperty("generated_at") Instant generatedAt, LocalDate today,
                  @JsonProperty("inspection_interval") String inspectionInterval,
                  @JsonProperty("hazards_in_force") List<Map<String, Object>> hazardsInForce,
                  @JsonProperty("signs_by_condition") Map<String, Integer> signsByCondition,
                  @JsonProperty("signs_retired") int signsRetired,
                  @JsonProperty("signs_overdue") List<Map<String, Object>> signsOverdue,
                  @JsonProperty("places_not_open") List<Map<String, Object>> placesNotOpen) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final EditingSettings settings;

    SafetyReport(JdbcTemplate jdbc, ObjectMapper json, EditingSettings settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    Report of(String parkId) {
        Integer parks = jdbc.queryForObject("SELECT count(*) FROM park WHERE id = ?", Integer.class, parkId);
        if (parks == null || parks == 0) {
            throw new NotFoundException("park", parkId);
        }
        ParkRights.current().requireManager(parkId, "read the safety report");
        LocalDate today = LocalDate.now(VIETNAM);
        List<Map<String, Object>> hazards = jdbc.query("""
                SELECT h.id, h.type, h.severity, h.status, h.title::text AS title, h.advice::text AS advice, h.place_id,
                       h.place_effect, h.valid_from, h.valid_until, h.season_start, h.season_end
                  FROM hazard h
                 WHERE h.park_id = ? AND h.status <> 'resolved'
                   AND in_force_during(h.valid_from, h.valid_until, h.season_start, h.season_end, now(), now())
                 ORDER BY CASE h.severity WHEN 'extreme' THEN 0 WHEN 'high' THEN 1 WHEN 'moderate' THEN 2 ELSE 3 END, h.id""", (rs, i) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", rs.getString("id"));
            row.put("type", rs.getString("type"));
            row.put("severity", rs.getString("severity"));
            row.put("status", rs.getString("status"));
            row.put("title", tree(rs.getString("title")));
            row.put("advice", tree(rs.getString("advice")));
            row.put("place", rs.getString("place_id"));
            row.put("place_effect", rs.getString("place_effect"));
            row.put("valid_from", rs.getTimestamp("valid_from").toInstant().toString());
            row.put("valid_until", rs.getTimestamp("valid_until") == null ? null : rs.getTimestamp("valid_until").toInstant().toString());
            row.put("season_start", rs.getString("season_start"));
            row.put("season_end", rs.getString("season_end"));
            return row;
        }, parkId);
        Map<String, Integer> byCondition = new LinkedHashMap<>();
        for (String condition : List.of("good", "fair", "damaged", "missing", "needs_replacing")) {
            byCondition.put(condition, 0);
        }
        jdbc.query("SELECT condition, count(*) AS n FROM sign WHERE park_id = ? AND retired_on IS NULL GROUP BY condition",
                rs -> {
                    byCondition.put(rs.getString("condition"), rs.getInt("n"));
                }, parkId);
        Integer retired = jdbc.queryForObject("SELECT count(*) FROM sign WHERE park_id = ? AND retired_on IS NOT NULL", Integer.class, parkId);
        LocalDate dueBefore = today.minus(settings.inspectionInterval());
        List<Map<String, Object>> overdue = jdbc.query("""
                SELECT s.id, s.type, s.condition, s.last_inspected_on, s.serves_place_id, s.serves_hazard_id, s.text::text AS text, s.sample
                  FROM sign s
                 WHERE s.park_id = ? AND s.retired_on IS NULL AND (s.last_inspected_on IS NULL OR s.last_inspected_on < ?)
                 ORDER BY s.last_inspected_on NULLS FIRST, s.id""", (rs, i) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            Date last = rs.getDate("last_inspected_on");
            row.put("id", rs.getString("id"));
            row.put("type", rs.getString("type"));
            row.put("condition", rs.getString("condition"));
            row.put("last_inspected", last == null ? null : last.toLocalDate().toString());
            row.put("due", last == null ? null : last.toLocalDate().plus(settings.inspectionInterval()).toString());
            row.put("serves_place", rs.getString("serves_place_id"));
            row.put("serves_hazard", rs.getString("serves_hazard_id"));
            row.put("text", tree(rs.getString("text")));
            row.put("sample", rs.getBoolean("sample"));
            return row;
        }, parkId, Date.valueOf(dueBefore));
        List<Map<String, Object>> places = jdbc.query("""
                SELECT p.id, p.kind, p.name::text AS name, p.effective_status, p.effective_status_reason::text AS reason,
                       p.effective_status_since, p.effective_reopens_on,
                       CASE WHEN p.hazard_status = 'closed' AND p.status <> 'closed' OR p.hazard_status = 'caution' AND p.status = 'open'
                            THEN p.hazard_status_id END AS hazard
                  FROM place p
                 WHERE p.park_id = ? AND p.effective_status <> 'open'
                 ORDER BY p.effective_status = 'closed' DESC, p.effective_status_since, p.id""", (rs, i) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", rs.getString("id"));
            row.put("kind", rs.getString("kind"));
            row.put("name", tree(rs.getString("name")));
            row.put("status", rs.getString("effective_status"));
            row.put("reason", tree(rs.getString("reason")));
            row.put("since", rs.getTimestamp("effective_status_since") == null ? null : rs.getTimestamp("effective_status_since").toInstant().toString());
            row.put("reopens", rs.getDate("effective_reopens_on") == null ? null : rs.getDate("effective_reopens_on").toLocalDate().toString());
            row.put("because_of_hazard", rs.getString("hazard"));
            return row;
        }, parkId);
        return new Report(parkId, Instant.now(), today, settings.inspectionInterval().toString(), hazards, byCondition,
                retired == null ? 0 : retired, overdue, places);
    }

    private JsonNode tree(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
