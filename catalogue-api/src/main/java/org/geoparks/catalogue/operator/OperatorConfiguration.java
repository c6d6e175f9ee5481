package org.geoparks.catalogue.operator;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Operators' keys and quotas. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OperatorSettings.class)
class OperatorConfiguration {
}
