package org.geoparks.catalogue.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Browser maps on other sites may read the public catalogue (CORS), never write to it. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/ogc/**", "/tiles/**", "/api/**"}) {
            registry.addMapping(path)
                    .allowedOrigins("*")
                    .allowedMethods("GET", "HEAD", "OPTIONS")
                    .allowedHeaders("*")
                    .exposedHeaders("ETag", "Content-Crs", "Content-Language", "Link")
                    .maxAge(3600);
        }
    }
}
