package org.geoparks.catalogue.mapquery;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.geoparks.catalogue.collection.Collection;
import org.geoparks.catalogue.collection.CollectionVersions;
import org.geoparks.catalogue.layer.Temporal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each collection's spatial (CRS84) and temporal extent, recomputed when the collection changes. */
@Component
public class Extents {

    /**
     * @param exact    the box of every public geometry, or null for an empty collection
     * @param interval the first start and last end of the records' validity (null for open), or
     *                 null for a timeless collection
     */
    public record Extent(double[] exact, String[] interval) {

        private static final double[] WORLD = {-180, -90, 180, 90};

        /**
         * Outward to 0.01° and one more step (1–2 km): a tidy box that contains every feature with
         * a margin, so that a client that turns its corners into a box in another CRS (UTM,
         * VN-2000) still finds the features near its edges. The whole world when empty.
         */
        public double[] rounded() {
            if (exact == null) {
                return WORLD;
            }
            return new double[] {Math.max(-180, round(exact[0], false)), Math.max(-90, round(exact[1], false)),
                    Math.min(180, round(exact[2], true)), Math.min(90, round(exact[3], true))};
        }

        private static double round(double value, boolean up) {
            double scaled = value * 100;
            return (up ? Math.ceil(scaled) + 1 : Math.floor(scaled) - 1) / 100;
        }
    }

    private record Cached(long version, Extent extent) {
    }

    private final JdbcTemplate jdbc;
    private final CollectionVersions versions;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    Extents(JdbcTemplate jdbc, CollectionVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    public Extent of(Collection c) {
        long version = versions.of(c);
        Cached cached = cache.get(c.id());
        if (cached != null && cached.version() == version) {
            return cached.extent();
        }
        Extent extent = compute(c);
        cache.put(c.id(), new Cached(version, extent));
        return extent;
    }

    private Extent compute(Collection c) {
        String where = c.condition() != null ? " WHERE " + c.condition() : "";
        double[] bbox = jdbc.query("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Extent(" + c.publicGeometry()
                + ") AS e FROM " + c.relation() + " t" + where + ") x", rs -> {
                    rs.next();
                    return rs.getObject(1) == null ? null
                            : new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)};
                });
        String[] interval = null;
        if (c.timeBound()) {
            Temporal t = c.temporal();
            interval = jdbc.query("SELECT to_char(min(t." + t.fromColumn() + ") AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
                    + "CASE WHEN bool_or(t." + t.untilColumn() + " IS NULL) THEN NULL ELSE to_char(max(t." + t.untilColumn()
                    + ") AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') END FROM " + c.relation() + " t" + where, rs -> {
                        rs.next();
                        return new String[] {rs.getString(1), rs.getString(2)};
                    });
        }
        return new Extent(bbox, interval);
    }
}
