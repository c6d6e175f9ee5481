package org.geoparks.catalogue.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The PostGIS server the integration tests use: {@code CATALOGUE_TEST_DB_URL} when set (the
 * launcher sets it to a project-local cluster), else a Testcontainers PostGIS when a Docker engine
 * is reachable, else a failure that names both ways. Never a silent skip.
 */
public final class TestPostgis {

    public static final String ENV = "CATALOGUE_TEST_DB_URL";
    private static volatile Server server;

    private TestPostgis() {
    }

    /** A JDBC URL (without credentials) and the credentials to use with it. */
    public record Server(String url, String user, String password) {

        public Connection connect() throws SQLException {
            Properties props = new Properties();
            if (user != null) {
                props.setProperty("user", user);
            }
            if (password != null) {
                props.setProperty("password", password);
            }
            return DriverManager.getConnection(url, props);
        }

        /** This server's URL with the given search path. */
        public String urlWithSchema(String schema) {
            return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
        }
    }

    public static synchronized Server server() {
        if (server == null) {
            server = resolve();
        }
        return server;
    }

    private static Server resolve() {
        String configured = System.getProperty(ENV, System.getenv(ENV));
        if (configured != null && !configured.isBlank()) {
            return parse(configured.trim());
        }
        if (DockerPostgis.dockerAvailable()) {
            return DockerPostgis.start();
        }
        throw new IllegalStateException("""
                The integration tests need a PostGIS database, and none is available.
                Either run them through the launcher, which provisions a project-local PostGIS:
                    ./catalogue test
                or set %s to the JDBC URL of a PostGIS database the tests may create schemas in, e.g.
                    %s='jdbc:postgresql://127.0.0.1:5432/catalogue_test?user=me&password=secret'
                or make a Docker engine reachable so that Testcontainers can start the postgis/postgis image."""
                .formatted(ENV, ENV));
    }

    /** Splits user and password out of the URL's query so that both can be passed explicitly. */
    static Server parse(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException(ENV + " must be a jdbc:postgresql: URL, not " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                query.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        String user = query.remove("user");
        String password = query.remove("password");
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(uri.getRawAuthority()).append(uri.getRawPath());
        String sep = "?";
        for (Map.Entry<String, String> e : query.entrySet()) {
            url.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = "&";
        }
        return new Server(url.toString(), user, password);
    }
}
