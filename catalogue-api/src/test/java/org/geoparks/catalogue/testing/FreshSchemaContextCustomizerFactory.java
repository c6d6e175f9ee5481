package org.geoparks.catalogue.testing;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points the application context of a {@link PostgisTest} class at that class's own schema. The
 * customizer is equal only for the same class, so contexts are never shared across schemas.
 */
public class FreshSchemaContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        boolean wanted = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(PostgisTest.class);
        return wanted ? new FreshSchema(testClass) : null;
    }

    private record FreshSchema(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestSchema schema = PostgisExtension.schemaFor(testClass);
            Map<String, Object> properties = new java.util.HashMap<>();
            properties.put("spring.datasource.url", schema.jdbcUrl());
            properties.put("spring.datasource.username", Objects.toString(schema.server().user(), ""));
            properties.put("spring.datasource.password", Objects.toString(schema.server().password(), ""));
            properties.put("spring.datasource.hikari.maximum-pool-size", "6");
            properties.put("spring.flyway.schemas", schema.name());
            properties.put("spring.flyway.default-schema", schema.name());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-schema", properties));
        }
    }
}
