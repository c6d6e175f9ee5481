package org.geoparks.catalogue.webmap;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebMapSettings.class)
class WebMapConfiguration {
}
