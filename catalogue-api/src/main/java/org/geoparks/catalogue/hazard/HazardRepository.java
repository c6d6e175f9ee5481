package org.geoparks.catalogue.hazard;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HazardRepository extends JpaRepository<Hazard, String> {

    /** The same rule as the map service's hazards collection (ItemsSql): validity is [from, until). */
    default List<Hazard> findInForceAt(Instant at) {
        return findInForceAt(at, HazardStatus.RESOLVED);
    }

    @Query("""
            SELECT h FROM Hazard h
             WHERE h.status <> :resolved
               AND h.validFrom <= :at AND (h.validUntil IS NULL OR h.validUntil > :at)
             ORDER BY h.id""")
    List<Hazard> findInForceAt(@Param("at") Instant at, @Param("resolved") HazardStatus resolved);
}
