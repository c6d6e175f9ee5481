package org.geoparks.catalogue.geojson;

import org.n52.jackson.datatype.jts.JtsModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Teaches Jackson RFC 7946 geometries (lon/lat, 7 decimals: about 1 cm). */
@Configuration(proxyBeanMethods = false)
class GeoJsonConfiguration {

    static final int DECIMALS = 7;

    @Bean
    JtsModule jtsModule() {
        return new JtsModule(Geometries.FACTORY, DECIMALS);
    }
}
