package org.geoparks.catalogue.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who changed what and when, with the record before and after, written in the change's transaction. */
@Component
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public AuditLog(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String entityType, String entityId, Object before, Object after) {
        jdbc.update("""
                INSERT INTO audit_log (actor, action, entity_type, entity_id, before, after)
                VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb)""",
                actor, action, entityType, entityId, toJson(before), toJson(after));
    }

    private String toJson(Object snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an audit snapshot of " + snapshot.getClass().getSimpleName(), e);
        }
    }
}
