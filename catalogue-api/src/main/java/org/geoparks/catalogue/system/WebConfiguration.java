package org.geoparks.catalogue.system;

import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Browser maps on other sites may read the public catalogue (CORS), never write to it. They may
 * read the headers a client acts on: versions, CRS, language, paging links, the operators' quota
 * and when to retry, and the name of a downloaded GPX or KML.
 *
 * <p>A filter ahead of every other, not Spring MVC's CORS mappings: a refusal made before the
 * request reaches a controller (a 401 of the security chain, a 429 of the quota) must carry the
 * CORS headers too, or a browser hides it from the page as a network error.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    static final List<String> READABLE = List.of("/ogc/**", "/tiles/**", "/api/**");

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter() {
        CorsConfiguration reading = new CorsConfiguration();
        reading.addAllowedOrigin("*");
        reading.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
        reading.addAllowedHeader("*");
        reading.setExposedHeaders(List.of("ETag", "Content-Crs", "Content-Language", "Link", "Content-Disposition", "Retry-After",
                "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy"));
        reading.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        READABLE.forEach(path -> source.registerCorsConfiguration(path, reading));
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
