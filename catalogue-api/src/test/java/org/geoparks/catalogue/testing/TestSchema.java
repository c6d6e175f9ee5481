package org.geoparks.catalogue.testing;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A schema of its own for one test class, migrated to the catalogue's current schema. */
public record TestSchema(String name, TestPostgis.Server server) {

    public String jdbcUrl() {
        return server.urlWithSchema(name);
    }

    public DataSource dataSource() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(jdbcUrl());
        dataSource.setUsername(server.user());
        dataSource.setPassword(server.password());
        return dataSource;
    }
}
