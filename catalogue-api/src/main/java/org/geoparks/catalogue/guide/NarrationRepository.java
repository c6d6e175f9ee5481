package org.geoparks.catalogue.guide;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NarrationRepository extends JpaRepository<Narration, String> {

    List<Narration> findByPlaceIdOrderByLanguageAsc(String placeId);

    @Query("SELECT n.language FROM Narration n WHERE n.placeId = :placeId")
    List<String> findLanguagesByPlaceId(@Param("placeId") String placeId);
}
