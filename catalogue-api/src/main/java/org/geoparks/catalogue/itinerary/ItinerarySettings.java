package org.geoparks.catalogue.itinerary;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operators' routes API ({@code catalogue.routes} in application.yaml).
 *
 * @param hazardBufferM   how far from a route's line or stops a hazard counts as on the route, in metres
 * @param partnerRadiusM  how far from a stop the partners listed with it may be, by default, in metres
 */
@ConfigurationProperties("catalogue.routes")
public record ItinerarySettings(@DefaultValue("50") double hazardBufferM, @DefaultValue("2000") double partnerRadiusM) {

    public ItinerarySettings {
        if (!(hazardBufferM > 0) || !(partnerRadiusM > 0)) {
            throw new IllegalArgumentException("catalogue.routes: the hazard buffer and the partner radius must be positive distances in metres");
        }
    }
}
