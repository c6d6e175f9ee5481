package org.geoparks.catalogue.heritage;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IntangibleHeritageRepository extends JpaRepository<IntangibleHeritage, String> {

    List<IntangibleHeritage> findAllByOrderByIdAsc();
}
