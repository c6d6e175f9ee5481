package org.geoparks.catalogue.sign;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignRepository extends JpaRepository<Sign, String> {

    List<Sign> findByParkIdOrderByIdAsc(String parkId);

    /** The sign, locked until the transaction ends, for an edit. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT s FROM Sign s WHERE s.id = :id")
    Optional<Sign> findForUpdate(@Param("id") String id);
}
