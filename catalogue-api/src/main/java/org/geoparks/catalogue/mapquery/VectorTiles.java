package org.geoparks.catalogue.mapquery;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.ArrayList;
import java.util.List;
import org.geoparks.catalogue.collection.Collection;
import org.geoparks.catalogue.collection.CollectionVersions;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.LanguageSql;
import org.geoparks.catalogue.support.Etags;
import org.geoparks.catalogue.system.CatalogueCaches;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes and caches the vector tiles of every collection (PostGIS {@code ST_AsMVT}). Tiles show
 * public geometries and public fields only: they are cached and shared by everybody.
 */
@Component
public class VectorTiles {

    /** Web Mercator's bounds, for a collection without features. */
    private static final double[] MERCATOR_WORLD = {-180, -85.0511, 180, 85.0511};

    /** A tile's bytes (empty for a tile without features) and its strong ETag. */
    public record Tile(byte[] bytes, String etag) {
        public boolean empty() {
            return bytes.length == 0;
        }
    }

    private record Cached(long version, Tile tile) {
    }

    private final JdbcTemplate jdbc;
    private final CollectionVersions versions;
    private final Extents extents;
    private final Cache<String, Cached> cache;

    VectorTiles(JdbcTemplate jdbc, CollectionVersions versions, Extents extents, CatalogueCaches caches) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.extents = extents;
        this.cache = caches.tiles(cached -> cached.tile().bytes().length + 100);
    }

    public Tile tile(Collection c, int z, int x, int y, LanguagePreference language) {
        long version = versions.of(c);
        String key = c.id() + "/" + z + "/" + x + "/" + y + "/" + language.primary();
        Cached cached = cache.getIfPresent(key);
        if (cached != null && cached.version() == version) {
            return cached.tile();
        }
        byte[] bytes = jdbc.queryForObject(sql(c, language), byte[].class, z, x, y, z);
        byte[] body = bytes == null ? new byte[0] : bytes;
        Tile tile = new Tile(body, Etags.of(body));
        cache.put(key, new Cached(version, tile));
        return tile;
    }

    /** The box of the collection's features, for TileJSON. */
    public double[] bounds(Collection c) {
        double[] exact = extents.of(c).exact();
        return exact != null ? exact : MERCATOR_WORLD;
    }

    /** The attributes of every feature in a tile: its id, its label, and the fields declared for tiles. */
    public static List<String> fields(Collection c) {
        List<String> fields = new ArrayList<>(List.of("id", "name"));
        attributes(c).stream().map(Field::name).forEach(fields::add);
        return fields;
    }

    private static List<Field> attributes(Collection c) {
        return c.fields().stream().filter(f -> f.isInTiles() && f.isPublic()).toList();
    }

    /**
     * Geometries are simplified to half a tile pixel (4096 per tile) before encoding, so that a
     * park boundary at zoom 6 costs a few hundred bytes, not its full detail.
     */
    private static String sql(Collection c, LanguagePreference language) {
        LanguageSql languageSql = new LanguageSql(language);
        String name = c.layer().label().map(f -> "coalesce(" + f.sql(languageSql) + ", t.id)").orElse("t.id");
        StringBuilder attributes = new StringBuilder("t.id AS id, " + name + " AS name");
        for (Field field : attributes(c)) {
            attributes.append(", ").append(field.sql(languageSql)).append(" AS ").append(field.name());
        }
        String g = c.publicGeometry();
        return "WITH bounds AS (SELECT ST_TileEnvelope(?, ?, ?) AS env, "
                + "(40075016.68557849 / 4096 / 2) / (1 << ?) AS half_pixel), "
                + "features AS (SELECT ST_AsMVTGeom(ST_SimplifyPreserveTopology(ST_Transform(" + g + ", 3857), bounds.half_pixel), bounds.env, 4096, 64, true) AS geom, "
                + attributes + " FROM " + c.relation() + " t, bounds WHERE " + g + " IS NOT NULL AND " + g
                + " && ST_Transform(ST_Expand(bounds.env, bounds.half_pixel * 128), 4326)"
                + (c.condition() != null ? " AND " + c.condition() : "") + ") "
                + "SELECT CASE WHEN count(geom) = 0 THEN NULL ELSE ST_AsMVT(features, '" + c.id() + "', 4096, 'geom') END FROM features WHERE geom IS NOT NULL";
    }
}
