package org.geoparks.catalogue.park;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParkRepository extends JpaRepository<Park, String> {

    List<Park> findAllByOrderByIdAsc();
}
