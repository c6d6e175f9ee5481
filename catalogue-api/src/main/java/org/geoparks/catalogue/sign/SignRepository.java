package org.geoparks.catalogue.sign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignRepository extends JpaRepository<Sign, String> {

    List<Sign> findByParkIdOrderByIdAsc(String parkId);
}
