package org.geoparks.catalogue.editing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EditingSettings.class)
class EditingConfiguration {
}
