package org.geoparks.catalogue.guide;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The audio guide's settings ({@link GuideProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GuideProperties.class)
class GuideConfiguration {
}
