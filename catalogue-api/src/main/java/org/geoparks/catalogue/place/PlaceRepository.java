package org.geoparks.catalogue.place;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlaceRepository extends JpaRepository<Place, String> {
}
