package org.geoparks.catalogue.partner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerRepository extends JpaRepository<Partner, String> {

    List<Partner> findByParkIdOrderByIdAsc(String parkId);
}
