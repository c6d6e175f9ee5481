package org.geoparks.catalogue.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** A PostGIS in a container, for machines with a Docker engine; kept apart so it loads only then. */
final class DockerPostgis {

    private static final DockerImageName IMAGE =
            DockerImageName.parse("postgis/postgis:15-3.3").asCompatibleSubstituteFor("postgres");

    private DockerPostgis() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // lives as long as the test JVM; Testcontainers' reaper removes it
    static TestPostgis.Server start() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(IMAGE).withDatabaseName("catalogue_test");
        container.start();
        return new TestPostgis.Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
}
