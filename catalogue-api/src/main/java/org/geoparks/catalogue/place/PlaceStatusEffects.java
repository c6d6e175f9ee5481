package org.geoparks.catalogue.place;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.geoparks.catalogue.changelog.ChangeOperation;
import org.geoparks.catalogue.changelog.ChangeRecorder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what hazards do to places current: the strongest effect (closed, caution) of the hazards
 * in force on each place, by the database's one rule ({@code hazard_effect_on_place}, migration
 * V31), from which the place's status in effect follows. Called when hazards change and by the
 * hazard clock as time passes; each place whose effect changes gets an audit entry and a
 * change-log entry, so that maps, search and feeds show it at once.
 */
@Component
public class PlaceStatusEffects {

    /** The places a hazard may affect, and those it affected until now. */
    private static final String AFFECTABLE = "p.hazard_status IS NOT NULL OR EXISTS (SELECT 1 FROM hazard h "
            + "WHERE h.place_id = p.id AND h.place_effect <> 'none' AND h.status <> 'resolved')";

    private final JdbcTemplate jdbc;
    private final ChangeRecorder recorder;

    PlaceStatusEffects(JdbcTemplate jdbc, ChangeRecorder recorder) {
        this.jdbc = jdbc;
        this.recorder = recorder;
    }

    /** Brings these places' hazard effects up to date as of now (the transaction's time). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int refresh(Collection<String> placeIds, String actor) {
        List<String> ids = placeIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return 0;
        }
        return update("p.id = ANY(?)", ids.toArray(String[]::new), null, actor);
    }

    /** Brings every place a hazard may affect up to date as of {@code at}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int refreshAll(Instant at, String actor) {
        return update("(" + AFFECTABLE + ")", null, at, actor);
    }

    private int update(String which, String[] ids, Instant at, String actor) {
        Timestamp when = at == null ? null : Timestamp.from(at);
        List<Object> args = new java.util.ArrayList<>();
        args.add(when);
        if (ids != null) {
            args.add(ids);
        }
        args.add(when);
        List<Map<String, Object>> changed = jdbc.queryForList("""
                WITH effect AS (
                  SELECT p.id, e.hazard_id, e.effect, e.reason, e.reopens
                    FROM place p LEFT JOIN LATERAL hazard_effect_on_place(p.id, coalesce(?::timestamptz, now())) e ON true
                   WHERE %s)
                UPDATE place p
                   SET hazard_status = e.effect, hazard_status_reason = e.reason, hazard_status_id = e.hazard_id,
                       hazard_reopens_on = e.reopens,
                       hazard_status_since = CASE
                         WHEN e.effect IS NULL THEN NULL
                         WHEN old.hazard_status IS NOT DISTINCT FROM e.effect AND old.hazard_status_id IS NOT DISTINCT FROM e.hazard_id
                           THEN old.hazard_status_since
                         ELSE coalesce(?::timestamptz, now()) END
                  FROM effect e, place old
                 WHERE p.id = e.id AND old.id = p.id
                   AND (old.hazard_status, old.hazard_status_reason, old.hazard_status_id, old.hazard_reopens_on)
                       IS DISTINCT FROM (e.effect, e.reason, e.hazard_id, e.reopens)
                RETURNING p.id, p.park_id, old.effective_status AS was_status, old.hazard_status_id AS was_hazard,
                          p.effective_status AS status, p.hazard_status_id AS hazard, p.effective_reopens_on AS reopens""".formatted(which),
                args.toArray());
        for (Map<String, Object> row : changed) {
            recorder.write(actor, ChangeOperation.UPDATE, "place", (String) row.get("id"), (String) row.get("park_id"),
                    effect(row.get("was_status"), row.get("was_hazard"), null), effect(row.get("status"), row.get("hazard"), row.get("reopens")));
        }
        return changed.size();
    }

    /** What the audit log keeps of a hazard's effect on a place. */
    private static Map<String, Object> effect(Object status, Object hazard, Object reopens) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status_in_effect", status);
        out.put("because_of_hazard", hazard);
        if (reopens != null) {
            out.put("reopens", reopens.toString());
        }
        return out;
    }
}
