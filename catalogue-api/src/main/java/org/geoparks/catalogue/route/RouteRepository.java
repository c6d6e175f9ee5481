package org.geoparks.catalogue.route;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RouteRepository extends JpaRepository<Route, String> {

    List<Route> findByParkIdOrderByIdAsc(String parkId);
}
