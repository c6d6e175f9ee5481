package org.geoparks.catalogue.tiles;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.ogc.CollectionVersions;
import org.geoparks.catalogue.ogc.OgcCollection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Makes and caches the tiles. Tiles show public geometries only: they are cached and shared. */
@Component
class VectorTiles {

    /** A tile's bytes (empty for a tile without features) and its strong ETag. */
    record Tile(byte[] bytes, String etag) {
        boolean empty() {
            return bytes.length == 0;
        }
    }

    private record Cached(long version, Tile tile) {
    }

    /** Attributes carried in tiles: enough to style and label a map; details come from the API. */
    private static final List<String> ATTRIBUTES = List.of("kind", "type", "status", "severity", "mode", "difficulty", "condition", "category");

    private final JdbcTemplate jdbc;
    private final CollectionVersions versions;
    private final Cache<String, Cached> cache = Caffeine.newBuilder()
            .maximumWeight(128L * 1024 * 1024).weigher((String k, Cached c) -> c.tile().bytes().length + 100).build();

    VectorTiles(JdbcTemplate jdbc, CollectionVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    Tile tile(OgcCollection c, int z, int x, int y, LanguagePreference language) {
        long version = versions.of(c);
        String key = c.id() + "/" + z + "/" + x + "/" + y + "/" + language.primary();
        Cached cached = cache.getIfPresent(key);
        if (cached != null && cached.version() == version) {
            return cached.tile();
        }
        byte[] bytes = jdbc.queryForObject(sql(c, language), byte[].class, z, x, y, z);
        byte[] body = bytes == null ? new byte[0] : bytes;
        Tile tile = new Tile(body, etag(body));
        cache.put(key, new Cached(version, tile));
        return tile;
    }

    double[] bounds(OgcCollection c) {
        return jdbc.query("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Extent(t." + c.publicGeometry() + ") e FROM "
                + c.relation() + " t" + (c.condition() != null ? " WHERE " + c.condition() : "") + ") x", rs -> {
                    rs.next();
                    return rs.getObject(1) == null ? new double[] {-180, -85.0511, 180, 85.0511}
                            : new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)};
                });
    }

    static List<String> fields(OgcCollection c) {
        List<String> fields = new ArrayList<>(List.of("id", "name"));
        c.properties().stream().map(OgcCollection.Property::name).filter(ATTRIBUTES::contains).forEach(fields::add);
        return fields;
    }

    /**
     * Geometries are simplified to half a tile pixel (4096 per tile) before encoding, so that a
     * park boundary at zoom 6 costs a few hundred bytes, not its full detail.
     */
    private static String sql(OgcCollection c, LanguagePreference language) {
        String name = pick("t.name", language);
        if (c.properties().stream().noneMatch(p -> p.name().equals("name"))) {
            name = c.properties().stream().anyMatch(p -> p.name().equals("title")) ? pick("t.title", language) : "t.id";
        }
        StringBuilder attributes = new StringBuilder("t.id AS id, " + name + " AS name");
        for (OgcCollection.Property p : c.properties()) {
            if (ATTRIBUTES.contains(p.name())) {
                attributes.append(", t.").append(p.name()).append(" AS ").append(p.name());
            }
        }
        String g = "t." + c.publicGeometry();
        return "WITH bounds AS (SELECT ST_TileEnvelope(?, ?, ?) AS env, "
                + "(40075016.68557849 / 4096 / 2) / (1 << ?) AS half_pixel), "
                + "features AS (SELECT ST_AsMVTGeom(ST_SimplifyPreserveTopology(ST_Transform(" + g + ", 3857), bounds.half_pixel), bounds.env, 4096, 64, true) AS geom, "
                + attributes + " FROM " + c.relation() + " t, bounds WHERE " + g + " IS NOT NULL AND " + g
                + " && ST_Transform(ST_Expand(bounds.env, bounds.half_pixel * 128), 4326)"
                + (c.condition() != null ? " AND " + c.condition() : "") + ") "
                + "SELECT CASE WHEN count(geom) = 0 THEN NULL ELSE ST_AsMVT(features, '" + c.id() + "', 4096, 'geom') END FROM features WHERE geom IS NOT NULL";
    }

    private static String pick(String column, LanguagePreference language) {
        StringBuilder sql = new StringBuilder("coalesce(");
        for (String tag : language.chain()) {
            sql.append(column).append("->>'").append(tag).append("', ");
        }
        return sql.append("t.id)").toString();
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
