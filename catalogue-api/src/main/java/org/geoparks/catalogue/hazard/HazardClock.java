package org.geoparks.catalogue.hazard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.changelog.ChangeLog;
import org.geoparks.catalogue.changelog.ChangeOperation;
import org.geoparks.catalogue.place.PlaceStatusEffects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Time passing is a change too: a seasonal hazard comes into force on its first day and ends after
 * its last with nobody editing it. Every minute the clock looks for hazards whose being in force
 * changed since it last looked, writes a change-log entry for each (so maps, search and feeds
 * follow in every instance) and brings the places they close or caution up to date
 * (docs/decisions/0051-hazards-close-places.md). With several instances, the one that holds the
 * clock's row ticks; the others skip.
 */
@Component
public class HazardClock {

    static final String ACTOR = "hazard-clock";
    private static final Logger log = LoggerFactory.getLogger(HazardClock.class);

    /** What one tick did. */
    public record Tick(boolean ticked, Instant from, Instant to, List<String> hazardsCrossed, int placesChanged) {
        static final Tick SKIPPED = new Tick(false, null, null, List.of(), 0);
    }

    private final JdbcTemplate jdbc;
    private final ChangeLog changeLog;
    private final PlaceStatusEffects effects;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    HazardClock(JdbcTemplate jdbc, ChangeLog changeLog, PlaceStatusEffects effects, PlatformTransactionManager transactions,
                @Value("${catalogue.hazards.clock.enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.effects = effects;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${catalogue.hazards.clock.interval:60s}", initialDelayString = "${catalogue.hazards.clock.interval:60s}")
    void everyMinute() {
        if (!enabled) {
            return;
        }
        try {
            Tick tick = tick(null);
            if (!tick.hazardsCrossed().isEmpty() || tick.placesChanged() > 0) {
                log.info("Hazard clock: {} hazard(s) came into force or ended, {} place(s) changed status", tick.hazardsCrossed().size(),
                        tick.placesChanged());
            }
        } catch (RuntimeException e) {
            log.warn("The hazard clock could not tick ({}); places keep their status until the next tick.", e.getMessage());
        }
    }

    /**
     * Looks at the hazards as of {@code at} (null: the database's now) against the last tick, and
     * makes what changed in between known.
     */
    public Tick tick(Instant at) {
        return transaction.execute(status -> {
            List<Timestamp> last = jdbc.queryForList("SELECT ticked_at FROM hazard_clock WHERE id = 1 FOR UPDATE SKIP LOCKED", Timestamp.class);
            if (last.isEmpty()) {
                return Tick.SKIPPED; // another instance is ticking
            }
            Instant previous = last.get(0).toInstant();
            Instant now = at != null ? at : jdbc.queryForObject("SELECT now()", Timestamp.class).toInstant();
            List<Map<String, Object>> crossed = jdbc.queryForList("""
                    SELECT h.id, h.park_id FROM hazard h
                     WHERE h.status <> 'resolved'
                       AND in_force_during(h.valid_from, h.valid_until, h.season_start, h.season_end, ?, ?)
                           IS DISTINCT FROM in_force_during(h.valid_from, h.valid_until, h.season_start, h.season_end, ?, ?)
                     ORDER BY h.id""", Timestamp.from(previous), Timestamp.from(previous), Timestamp.from(now), Timestamp.from(now));
            if (!crossed.isEmpty()) {
                changeLog.appendAll(crossed.stream().map(row -> new ChangeLog.Entry("hazard", (String) row.get("id"), ChangeOperation.UPDATE,
                        (String) row.get("park_id"))).toList());
            }
            int places = effects.refreshAll(now, ACTOR);
            jdbc.update("UPDATE hazard_clock SET ticked_at = ? WHERE id = 1", Timestamp.from(now));
            return new Tick(true, previous, now, crossed.stream().map(row -> (String) row.get("id")).toList(), places);
        });
    }
}
