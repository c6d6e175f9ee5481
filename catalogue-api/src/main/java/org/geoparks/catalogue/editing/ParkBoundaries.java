package org.geoparks.catalogue.editing;

import java.util.List;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.NotFoundException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where an edit may put a record: inside its park. A record may cross the park's border only when
 * the edit says so (a waterfall on the frontier, a border zone), and must still touch the park.
 */
@Component
public class ParkBoundaries {

    private final JdbcTemplate jdbc;

    ParkBoundaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void requireInside(String parkId, Geometry geometry, boolean crossesBorder, String field) {
        if (geometry == null) {
            return;
        }
        List<boolean[]> answer = jdbc.query("""
                SELECT ST_Covers(p.boundary, g.geom) AS inside, ST_Intersects(p.boundary, g.geom) AS touches
                  FROM park p, (SELECT ST_GeomFromWKB(?, 4326) AS geom) g WHERE p.id = ?""",
                (rs, i) -> new boolean[] {rs.getBoolean("inside"), rs.getBoolean("touches")},
                new WKBWriter(2).write(geometry), parkId);
        if (answer.isEmpty()) {
            throw new NotFoundException("park", parkId);
        }
        boolean inside = answer.get(0)[0];
        boolean touches = answer.get(0)[1];
        if (!inside && !crossesBorder) {
            throw new InvalidRecordException(field, "lies " + (touches ? "partly " : "") + "outside park '" + parkId + "'"
                    + (touches ? "; if it crosses the border on purpose, send \"cross_border\": true" : "; check the coordinates (longitude first)"));
        }
        if (!touches) {
            throw new InvalidRecordException(field, "lies wholly outside park '" + parkId + "'; check the coordinates (longitude first)");
        }
    }
}
