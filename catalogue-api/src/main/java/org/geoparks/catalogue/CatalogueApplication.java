package org.geoparks.catalogue;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The geopark catalogue service. Packages are capabilities (park, place, route, hazard, guide…);
 * each owns its entities, services and HTTP endpoints.
 */
@SpringBootApplication
@EnableScheduling
public class CatalogueApplication {

    public static void main(String[] args) {
        SpringApplication.run(CatalogueApplication.class, args);
    }
}
