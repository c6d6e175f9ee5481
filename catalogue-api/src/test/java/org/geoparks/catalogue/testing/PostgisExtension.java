package org.geoparks.catalogue.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class a clean schema in a real PostGIS, migrated by the catalogue's Flyway
 * migrations, and drops it afterwards. Plain tests receive it as a {@link TestSchema} parameter;
 * Spring tests get it as their datasource (see {@link FreshSchemaContextCustomizerFactory}).
 */
public class PostgisExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final Map<Class<?>, TestSchema> SCHEMAS = new ConcurrentHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        schemaFor(context.getRequiredTestClass());
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        TestSchema schema = SCHEMAS.remove(context.getRequiredTestClass());
        if (schema != null) {
            try (Connection c = schema.server().connect(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema.name() + " CASCADE");
            }
        }
    }

    /** The schema of a test class, created and migrated on first use. */
    public static TestSchema schemaFor(Class<?> testClass) {
        return SCHEMAS.computeIfAbsent(testClass, PostgisExtension::create);
    }

    private static TestSchema create(Class<?> testClass) {
        TestPostgis.Server server = TestPostgis.server();
        String simple = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String name = "t_" + simple.substring(0, Math.min(simple.length(), 40)) + "_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
        TestSchema schema = new TestSchema(name, server);
        Flyway.configure()
                .dataSource(schema.jdbcUrl(), server.user(), server.password())
                .schemas(name)
                .defaultSchema(name)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return schema;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestSchema.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return schemaFor(context.getRequiredTestClass());
    }
}
