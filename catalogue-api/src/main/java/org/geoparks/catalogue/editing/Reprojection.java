package org.geoparks.catalogue.editing;

import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A geometry a client sent in another CRS (OGC API – Features Part 2's Content-Crs), brought to
 * WGS 84 longitude/latitude by PostGIS — with the VN-2000 datum shift, as the map service answers
 * in those CRSs.
 */
@Component
public class Reprojection {

    private final JdbcTemplate jdbc;

    Reprojection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param latitudeFirst whether the CRS gives latitude (northing) first, as EPSG:4326 and EPSG:4756 do
     */
    public Geometry toWgs84(Geometry geometry, int srid, boolean latitudeFirst) {
        if (geometry == null || (srid == Geometries.WGS84 && !latitudeFirst)) {
            return geometry;
        }
        String sql = "SELECT ST_AsBinary(ST_Transform(" + (latitudeFirst ? "ST_FlipCoordinates(ST_GeomFromWKB(?, ?))" : "ST_GeomFromWKB(?, ?)")
                + ", 4326))";
        byte[] wkb;
        try {
            wkb = jdbc.queryForObject(sql, byte[].class, new WKBWriter(2).write(geometry), srid);
        } catch (org.springframework.dao.DataAccessException e) {
            throw new InvalidRecordException("geometry", "cannot be brought from EPSG:" + srid + " to WGS 84; check its coordinates and Content-Crs");
        }
        try {
            Geometry wgs84 = new WKBReader(Geometries.FACTORY).read(wkb);
            wgs84.setSRID(Geometries.WGS84);
            return wgs84;
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
