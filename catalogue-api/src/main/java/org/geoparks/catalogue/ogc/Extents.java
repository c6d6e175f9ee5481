package org.geoparks.catalogue.ogc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each collection's spatial (CRS84) and temporal extent, recomputed when the collection changes. */
@Component
class Extents {

    record Extent(double[] bbox, String[] interval) {
    }

    private record Cached(long version, Extent extent) {
    }

    private static final double[] WORLD = {-180, -90, 180, 90};

    private final JdbcTemplate jdbc;
    private final CollectionVersions versions;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    Extents(JdbcTemplate jdbc, CollectionVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    Extent of(OgcCollection c) {
        long version = versions.of(c);
        Cached cached = cache.get(c.id());
        if (cached != null && cached.version() == version) {
            return cached.extent();
        }
        Extent extent = compute(c);
        cache.put(c.id(), new Cached(version, extent));
        return extent;
    }

    private Extent compute(OgcCollection c) {
        String where = c.condition() != null ? " WHERE " + c.condition() : "";
        double[] bbox = jdbc.query("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Extent(t." + c.publicGeometry()
                + ") AS e FROM " + c.relation() + " t" + where + ") x", rs -> {
                    rs.next();
                    return rs.getObject(1) == null ? WORLD : new double[] {
                            Math.max(-180, round(rs.getDouble(1), false)), Math.max(-90, round(rs.getDouble(2), false)),
                            Math.min(180, round(rs.getDouble(3), true)), Math.min(90, round(rs.getDouble(4), true))};
                });
        String[] interval = null;
        if (c.timeBound()) {
            OgcCollection.Temporal t = c.temporal();
            interval = jdbc.query("SELECT to_char(min(t." + t.fromColumn() + ") AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
                    + "CASE WHEN bool_or(t." + t.untilColumn() + " IS NULL) THEN NULL ELSE to_char(max(t." + t.untilColumn()
                    + ") AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') END FROM " + c.relation() + " t", rs -> {
                        rs.next();
                        return new String[] {rs.getString(1), rs.getString(2)};
                    });
        }
        return new Extent(bbox, interval);
    }

    /**
     * Outward to 0.01° and one more step (1–2 km): a tidy box that contains every feature with a
     * margin, so that a client that turns its corners into a box in another CRS (UTM, VN-2000)
     * still finds the features near its edges.
     */
    private static double round(double value, boolean up) {
        double scaled = value * 100;
        return (up ? Math.ceil(scaled) + 1 : Math.floor(scaled) - 1) / 100;
    }
}
