package org.geoparks.catalogue.park;

import java.util.LinkedHashMap;
import java.util.Map;
import org.geoparks.catalogue.geojson.Feature;
import org.geoparks.catalogue.geojson.FeatureCollection;
import org.geoparks.catalogue.geojson.GeoJsonMediaTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The parks as GeoJSON, every translatable text in all its languages. */
@RestController
@RequestMapping(path = "/api/v1/parks", produces = {GeoJsonMediaTypes.GEO_JSON_VALUE, "application/json"})
class ParkController {

    private final ParkService parks;

    ParkController(ParkService parks) {
        this.parks = parks;
    }

    @GetMapping
    FeatureCollection list() {
        return new FeatureCollection(parks.all().stream().map(ParkController::feature).toList());
    }

    @GetMapping("/{id}")
    Feature one(@PathVariable String id) {
        return feature(parks.get(id));
    }

    static Feature feature(Park park) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", park.getName());
        properties.put("description", park.getDescription());
        properties.put("country", park.getCountry());
        properties.put("managing_body", park.getManagingBody());
        properties.put("unesco_year", park.getUnescoYear());
        properties.put("languages", park.getLanguages());
        properties.put("partner_parks", park.getPartnerParks());
        properties.put("catalogued", park.isCatalogued());
        properties.put("boundary_quality", park.getBoundaryQuality());
        properties.put("website", park.getWebsite());
        properties.put("source", park.getSources());
        properties.put("position_precision", park.getPositionPrecision());
        properties.put("updated", park.getUpdatedAt());
        return new Feature(park.getId(), park.getBoundary(), properties);
    }
}
