package org.geoparks.catalogue.hazard;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HazardRepository extends JpaRepository<Hazard, String> {

    /** The database's one rule of validity (in_force_during: [from, until) and the yearly season), not resolved. */
    @Query(nativeQuery = true, value = """
            SELECT h.* FROM hazard h
             WHERE h.status <> 'resolved'
               AND in_force_during(h.valid_from, h.valid_until, h.season_start, h.season_end, :at, :at)
             ORDER BY h.id""")
    List<Hazard> findInForceAt(@Param("at") Instant at);
}
