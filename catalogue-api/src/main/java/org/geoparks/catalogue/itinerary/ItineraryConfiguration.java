package org.geoparks.catalogue.itinerary;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The operators' routes API. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ItinerarySettings.class)
class ItineraryConfiguration {
}
