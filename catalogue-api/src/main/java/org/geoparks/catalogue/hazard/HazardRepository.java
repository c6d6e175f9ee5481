package org.geoparks.catalogue.hazard;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HazardRepository extends JpaRepository<Hazard, String> {

    /** The hazard, locked until the transaction ends: an edit reads, checks and writes it without a colleague's in between. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT h FROM Hazard h WHERE h.id = :id")
    Optional<Hazard> findForUpdate(@Param("id") String id);

    /** The database's one rule of validity (in_force_during: [from, until) and the yearly season), not resolved. */
    @Query(nativeQuery = true, value = """
            SELECT h.* FROM hazard h
             WHERE h.status <> 'resolved'
               AND in_force_during(h.valid_from, h.valid_until, h.season_start, h.season_end, :at, :at)
             ORDER BY h.id""")
    List<Hazard> findInForceAt(@Param("at") Instant at);

    /** Whether this hazard is in force at that instant, by the same rule. */
    @Query(nativeQuery = true, value = """
            SELECT EXISTS (SELECT 1 FROM hazard h
                            WHERE h.id = :id AND h.status <> 'resolved'
                              AND in_force_during(h.valid_from, h.valid_until, h.season_start, h.season_end, :at, :at))""")
    boolean isInForceAt(@Param("id") String id, @Param("at") Instant at);
}
