package org.geoparks.catalogue.place;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlaceRepository extends JpaRepository<Place, String> {

    /** The place, locked until the transaction ends, for an edit. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT p FROM Place p WHERE p.id = :id")
    Optional<Place> findForUpdate(@Param("id") String id);
}
